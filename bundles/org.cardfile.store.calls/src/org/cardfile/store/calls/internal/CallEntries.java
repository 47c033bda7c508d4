package org.cardfile.store.calls.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.cardfile.core.calls.CallSource;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.calls.Disposition;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.store.jpa.foundation.db.Jdbc;

/** Reads call entries as {@link IncomingCall} values; the card store reads the entries its cards open from. */
public final class CallEntries {
    public static final String COLUMNS = "ID, OFFICE_ID, SESSION_ID, DRIVER, ANI, DNIS, DESTINATION, STATUS, STARTED_AT,"
            + " ANSWERED_AT, ENDED_AT, CALLER_NAME, TRACKING_NUMBER_ID, ADVERTISING_SOURCE, CARD_TEMPLATE, UNKNOWN_DNIS,"
            + " MATCHED_CUSTOMER_ID, MATCHED_CUSTOMER_NAME, OTHER_MATCHES, EARLIER_CONTACTS, LAST_CONTACT_AT, LAST_CONTACT,"
            + " TAKEN_BY, TAKEN_BY_ID, TAKEN_AT, CUSTOMER_ID, DISPOSITION, RECORDING, CARD_ID";

    private CallEntries() {
    }

    public static Optional<IncomingCall> byId(Connection c, long id) throws SQLException {
        return Jdbc.first(c, "SELECT " + COLUMNS + " FROM CALL_ENTRY WHERE ID = ?", CallEntries::read, id);
    }

    /** The entry, when it is in the session's office's list; any other office's entry does not exist for it. */
    public static IncomingCall inOffice(Connection c, Session s, long callId) throws SQLException {
        return byId(c, callId).filter(call -> call.officeId() == s.officeId())
                .orElseThrow(() -> new NotFoundException("Call " + callId + " is not in " + s.office().name() + "'s list."));
    }

    public static IncomingCall read(ResultSet rs) throws SQLException {
        String disposition = rs.getString("DISPOSITION");
        return new IncomingCall(rs.getLong("ID"), rs.getLong("OFFICE_ID"), rs.getString("SESSION_ID"),
                rs.getString("DRIVER"), rs.getString("ANI"), rs.getString("DNIS"), rs.getString("DESTINATION"),
                CallStatus.valueOf(rs.getString("STATUS")), Jdbc.instant(rs, "STARTED_AT"),
                Jdbc.instant(rs, "ANSWERED_AT"), Jdbc.instant(rs, "ENDED_AT"), rs.getString("CALLER_NAME"),
                new CallSource(rs.getLong("TRACKING_NUMBER_ID"), rs.getString("ADVERTISING_SOURCE"),
                        rs.getString("CARD_TEMPLATE"), rs.getShort("UNKNOWN_DNIS") != 0),
                new CallerHistory(rs.getLong("MATCHED_CUSTOMER_ID"), rs.getString("MATCHED_CUSTOMER_NAME"),
                        rs.getInt("OTHER_MATCHES"), rs.getInt("EARLIER_CONTACTS"), Jdbc.instant(rs, "LAST_CONTACT_AT"),
                        rs.getString("LAST_CONTACT")),
                rs.getString("TAKEN_BY"), rs.getLong("TAKEN_BY_ID"), Jdbc.instant(rs, "TAKEN_AT"), rs.getLong("CUSTOMER_ID"),
                disposition == null ? null : Disposition.valueOf(disposition), rs.getString("RECORDING"), rs.getLong("CARD_ID"));
    }
}
