package org.cardfile.store.calls.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cardfile.core.calls.CallAlreadyTakenException;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.Disposition;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The office's incoming list, read from the call entries the inbox keeps. */
@Component(service = IncomingCalls.class, property = "service.ranking:Integer=-1")
public class IncomingCallList implements IncomingCalls {
    private static final System.Logger LOG = System.getLogger(IncomingCallList.class.getName());
    /** A call still "ringing" after this long lost its hang-up event; it is no longer shown as live. */
    private static final Duration STALE = Duration.ofHours(12);
    private static final int MAX_ROWS = 500;
    private static final String MISSED = "'BUSY', 'NO_ANSWER', 'ABANDONED'";

    private final Jdbc jdbc;
    private final SessionRegistry sessions;
    private final CallBroadcaster broadcaster;

    @Activate
    public IncomingCallList(@Reference CallsStore store, @Reference SessionRegistry sessions,
            @Reference CallBroadcaster broadcaster) {
        this.jdbc = store.jdbc();
        this.sessions = sessions;
        this.broadcaster = broadcaster;
    }

    @Override
    public List<IncomingCall> live(Session session, int recentMinutes) {
        Session s = sessions.require(session, Permission.VIEW_CALLS);
        Instant now = Instant.now();
        Instant staleBefore = now.minus(STALE);
        return jdbc.transaction("read the incoming calls", c -> {
            // a card sent from another office waits for someone to take it however long that takes, and
            // however busy the line is: untaken transfers are read on their own and not counted against
            // the calls' limit, so a morning of calls never pushes one out of the list
            List<IncomingCall> live = new ArrayList<>(Jdbc.list(c, "SELECT " + CallEntries.COLUMNS
                    + " FROM CALL_ENTRY WHERE OFFICE_ID = ? AND DRIVER = ? AND TAKEN_BY_ID IS NULL"
                    + " AND (ENDED_AT IS NULL OR ENDED_AT > ?) ORDER BY STARTED_AT DESC, ID DESC FETCH FIRST "
                    + MAX_ROWS + " ROWS ONLY", CallEntries::read, s.officeId(), IncomingCall.TRANSFER_DRIVER,
                    now.minus(Duration.ofMinutes(Math.max(0, recentMinutes)))));
            live.addAll(Jdbc.list(c, "SELECT " + CallEntries.COLUMNS
                    + " FROM CALL_ENTRY WHERE OFFICE_ID = ? AND STARTED_AT > ? AND (ENDED_AT IS NULL OR ENDED_AT > ?)"
                    + " AND (DRIVER <> ? OR TAKEN_BY_ID IS NOT NULL)"
                    + " ORDER BY STARTED_AT DESC, ID DESC FETCH FIRST " + MAX_ROWS + " ROWS ONLY", CallEntries::read,
                    s.officeId(), staleBefore, now.minus(Duration.ofMinutes(Math.max(0, recentMinutes))),
                    IncomingCall.TRANSFER_DRIVER));
            live.sort(java.util.Comparator.comparing(IncomingCall::startedAt).thenComparing(IncomingCall::id).reversed());
            return live;
        });
    }

    @Override
    public List<IncomingCall> triage(Session session) {
        Session s = sessions.require(session, Permission.VIEW_CALLS);
        return jdbc.transaction("read the missed calls", c -> Jdbc.list(c, "SELECT " + CallEntries.COLUMNS
                + " FROM CALL_ENTRY WHERE OFFICE_ID = ? AND STATUS IN (" + MISSED + ") AND DISPOSITION IS NULL"
                + " AND TAKEN_BY_ID IS NULL ORDER BY STARTED_AT DESC, ID DESC FETCH FIRST " + MAX_ROWS + " ROWS ONLY",
                CallEntries::read, s.officeId()));
    }

    @Override
    public IncomingCall get(Session session, long callId) {
        Session s = sessions.require(session, Permission.VIEW_CALLS);
        return jdbc.transaction("read the call", c -> CallEntries.inOffice(c, s, callId));
    }

    @Override
    public IncomingCall pick(Session session, long callId) {
        Session s = sessions.require(session, Permission.TAKE_CALLS);
        Instant now = Instant.now();
        boolean[] won = new boolean[1];
        IncomingCall call = jdbc.transaction("take the call", c -> {
            CallEntries.inOffice(c, s, callId);
            // the row lock of this one UPDATE decides a race: only one picker finds TAKEN_BY_ID still empty
            won[0] = Jdbc.update(c, "UPDATE CALL_ENTRY SET TAKEN_BY_ID = ?, TAKEN_BY = ?, TAKEN_AT = ?"
                    + " WHERE ID = ? AND OFFICE_ID = ? AND TAKEN_BY_ID IS NULL", s.employee().id(),
                    s.employee().displayName(), now, callId, s.officeId()) == 1;
            if (won[0]) {
                // a transfer has no hang-up to wait for: taking it is its end, so it leaves the live list
                // like a completed call
                Jdbc.update(c, "UPDATE CALL_ENTRY SET STATUS = ?, ANSWERED_AT = ?, ENDED_AT = ? WHERE ID = ? AND DRIVER = ?"
                        + " AND ENDED_AT IS NULL", CallStatus.COMPLETED.name(), now, now, callId,
                        IncomingCall.TRANSFER_DRIVER);
            }
            return CallEntries.inOffice(c, s, callId);
        });
        if (!won[0] && call.takenById() != s.employee().id()) {
            throw new CallAlreadyTakenException(call.takenBy(), call.takenAt());
        }
        if (won[0]) {
            LOG.log(Level.INFO, "Call taken office={0} session={1} ani={2} by={3}", String.valueOf(call.officeId()), call.sessionId(),
                    call.ani(), s.employee().login());
            broadcaster.changed(call);
        }
        return call;
    }

    @Override
    public IncomingCall fileUnder(Session session, long callId, long customerId) {
        Session s = sessions.require(session, Permission.LOG_CONTACTS);
        IncomingCall call = jdbc.transaction("file the call under the customer", c -> {
            CallEntries.inOffice(c, s, callId);
            boolean customerInOffice = Jdbc.first(c, "SELECT ID FROM CUSTOMER WHERE ID = ? AND OFFICE_ID = ?",
                    rs -> rs.getLong(1), customerId, s.officeId()).isPresent();
            if (!customerInOffice) {
                throw new NotFoundException("Customer " + customerId + " does not exist in " + s.office().name() + ".");
            }
            Jdbc.update(c, "UPDATE CALL_ENTRY SET CUSTOMER_ID = ? WHERE ID = ?", customerId, callId);
            return CallEntries.inOffice(c, s, callId);
        });
        broadcaster.changed(call);
        return call;
    }

    @Override
    public int dispose(Session session, Collection<Long> callIds, Disposition disposition) {
        Session s = sessions.require(session, Permission.TAKE_CALLS);
        if (disposition == null) {
            throw new IllegalArgumentException("Choose what was done about the calls.");
        }
        Instant now = Instant.now();
        List<IncomingCall> disposed = new ArrayList<>();
        jdbc.transaction("give the missed calls a disposition", c -> {
            for (long id : callIds) {
                int n = Jdbc.update(c, "UPDATE CALL_ENTRY SET DISPOSITION = ?, DISPOSED_BY = ?, DISPOSED_AT = ?"
                        + " WHERE ID = ? AND OFFICE_ID = ? AND DISPOSITION IS NULL", disposition.name(),
                        s.employee().displayName(), now, id, s.officeId());
                if (n == 1) {
                    disposed.add(CallEntries.inOffice(c, s, id));
                }
            }
            return null;
        });
        LOG.log(Level.INFO, "{0} missed calls marked {1} by {2}", disposed.size(), disposition, s.employee().login());
        disposed.forEach(broadcaster::changed);
        return disposed.size();
    }
}
