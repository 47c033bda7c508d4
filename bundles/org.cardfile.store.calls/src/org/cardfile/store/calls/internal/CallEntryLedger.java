package org.cardfile.store.calls.internal;

import static org.cardfile.store.jpa.foundation.ColumnText.cut;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The call entries as other stores see them: read, linked to a card, a transfer added, announced. */
@Component(service = CallLedger.class)
public class CallEntryLedger implements CallLedger {
    private static final System.Logger LOG = System.getLogger(CallEntryLedger.class.getName());

    private final Jdbc jdbc;
    private final CallBroadcaster broadcaster;
    private final CallHours hours;

    @Activate
    public CallEntryLedger(@Reference CallsStore store, @Reference CallBroadcaster broadcaster) {
        this.jdbc = store.jdbc();
        this.broadcaster = broadcaster;
        this.hours = store.hours();
    }

    @Override
    public IncomingCall inOffice(Connection c, Session s, long callId) throws SQLException {
        return CallEntries.inOffice(c, s, callId);
    }

    @Override
    public boolean linkCard(Connection c, long officeId, long callId, long cardId, long customerId) throws SQLException {
        // the call's card makes it a lead in the per-hour summaries
        return hours.changing(c, callId, x -> link(x, officeId, callId, cardId, customerId));
    }

    private static boolean link(Connection c, long officeId, long callId, long cardId, long customerId)
            throws SQLException {
        int n = customerId == 0
                ? Jdbc.update(c, "UPDATE CALL_ENTRY SET CARD_ID = ? WHERE ID = ? AND OFFICE_ID = ? AND CARD_ID IS NULL",
                        cardId, callId, officeId)
                : Jdbc.update(c, "UPDATE CALL_ENTRY SET CARD_ID = ?, CUSTOMER_ID = ? WHERE ID = ? AND OFFICE_ID = ?"
                        + " AND (CARD_ID IS NULL OR CARD_ID = ?) AND (CARD_ID IS NULL OR CUSTOMER_ID IS NULL"
                        + " OR CUSTOMER_ID <> ?)", cardId, customerId, callId, officeId, cardId, customerId);
        return n == 1;
    }

    @Override
    public boolean markWon(Connection c, long officeId, long callId, long cardId, boolean won) throws SQLException {
        boolean marked = Jdbc.first(c, "SELECT CARD_ID FROM CALL_WON WHERE CALL_ID = ?", rs -> rs.getLong(1), callId)
                .filter(card -> card == cardId).isPresent();
        if (marked == won) {
            // most saves leave the outcome as it was: the summaries are not read for them
            return false;
        }
        // a won lead is counted in the per-hour summaries
        return hours.changing(c, callId, x -> {
            Jdbc.update(x, "DELETE FROM CALL_WON WHERE CALL_ID = ?", callId);
            return !won || Jdbc.update(x, "INSERT INTO CALL_WON (CALL_ID, CARD_ID) SELECT ID, CARD_ID FROM CALL_ENTRY"
                    + " WHERE ID = ? AND OFFICE_ID = ? AND CARD_ID = ?", callId, officeId, cardId) == 1;
        });
    }

    @Override
    public List<IncomingCall> ofCard(Connection c, long officeId, long cardId, long customerId, String phoneE164,
            int limit) throws SQLException {
        // one indexed query per way a call belongs to the card (CARD_ID, CUSTOMER_ID, ANI)
        String select = "SELECT " + CallEntries.COLUMNS + " FROM CALL_ENTRY WHERE OFFICE_ID = ? AND ";
        String order = " ORDER BY STARTED_AT DESC, ID DESC FETCH FIRST " + limit + " ROWS ONLY";
        List<IncomingCall> found = new ArrayList<>(Jdbc.list(c, select + "CARD_ID = ?" + order, CallEntries::read,
                officeId, cardId));
        if (customerId != 0) {
            found.addAll(Jdbc.list(c, select + "CUSTOMER_ID = ?" + order, CallEntries::read, officeId, customerId));
        }
        if (!phoneE164.isEmpty()) {
            found.addAll(Jdbc.list(c, select + "ANI = ?" + order, CallEntries::read, officeId, phoneE164));
        }
        return found;
    }

    @Override
    public long addTransfer(Connection c, CardArrival a) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO CALL_ENTRY (DRIVER, SESSION_ID, OFFICE_ID, ANI, ANI_VALID, DNIS, DESTINATION,"
                + " STATUS, STARTED_AT, CALLER_NAME, ADVERTISING_SOURCE, CARD_TEMPLATE, UNKNOWN_DNIS,"
                + " MATCHED_CUSTOMER_NAME, OTHER_MATCHES, EARLIER_CONTACTS, LAST_CONTACT, TAKEN_BY, DISPOSED_BY,"
                + " RECORDING, CARD_ID) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, 0, '', 0, 0, '', '', '', '', ?)",
                IncomingCall.TRANSFER_DRIVER, "card-" + a.cardId() + "-" + UUID.randomUUID(), a.officeId(),
                cut(a.ani(), 100), a.aniValid(), CallStatus.RINGING.name(), a.at(), cut(a.callerName(), 200),
                cut(a.from(), 200), a.templateId(), a.cardId());
    }

    @Override
    public void announce(long callId) {
        try {
            jdbc.transaction("read the changed call", c -> CallEntries.byId(c, callId)).ifPresent(broadcaster::changed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call " + callId + " changed, but the workstations could not be told of it", e);
        }
    }
}
