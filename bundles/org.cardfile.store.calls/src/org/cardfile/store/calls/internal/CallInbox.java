package org.cardfile.store.calls.internal;

import static org.cardfile.store.jpa.foundation.ColumnText.cut;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.calls.InboxReceipt;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.InvalidCallEventException;
import org.cardfile.core.calls.ReverseLookup;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.db.Dialect;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The durable inbox. An event is committed to {@code INBOX_EVENT} on its own before anything else
 * happens; routing, cross-reference and the status change follow in a second transaction, and the
 * broadcast after that. An event stored but not yet processed (the process died between the two)
 * is processed when the inbox next starts, so nothing a driver got a receipt for is lost, and the
 * unique (driver, session, sequence) key means nothing is doubled.
 */
@Component(service = CallEventSink.class, property = "service.ranking:Integer=-1")
public class CallInbox implements CallEventSink {
    private static final System.Logger LOG = System.getLogger(CallInbox.class.getName());

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final CallHours hours;
    private final PhoneNumbers phones = new PhoneNumbers();
    private final CallRouter router = new CallRouter(phones);
    private final CallerCrossReference crossReference = new CallerCrossReference();
    private final CallBroadcaster broadcaster;
    private final List<ReverseLookup> lookups = new CopyOnWriteArrayList<>();
    /** Retries events whose routing failed (a passing database fault); drivers in this process do not resend. */
    private final java.util.concurrent.ScheduledExecutorService sweeper = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "Cardfile inbox sweeper");
                t.setDaemon(true);
                return t;
            });

    @Activate
    public CallInbox(@Reference CallsStore store, @Reference CallBroadcaster broadcaster) {
        this.jdbc = store.jdbc();
        this.dialect = store.dialect();
        this.hours = store.hours();
        this.broadcaster = broadcaster;
        processPending(Instant.MAX);
        sweeper.scheduleWithFixedDelay(() -> processPending(Instant.now().minusSeconds(60)), 60, 60,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    @org.osgi.service.component.annotations.Deactivate
    public void close() {
        sweeper.shutdownNow();
    }

    /** Reverse-lookup providers, asked in ranking order when no customer has the caller's number. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addLookup(ReverseLookup lookup) {
        lookups.add(lookup);
    }

    public void removeLookup(ReverseLookup lookup) {
        lookups.remove(lookup);
    }

    @Override
    public InboxReceipt accept(CallEvent event) {
        validate(event);
        Optional<Long> stored = store(event);
        long eventId = stored.orElseGet(() -> pendingDuplicate(event));
        if (eventId == 0) {
            InboxReceipt receipt = jdbc.transaction("read the call of a repeated event", c -> Jdbc.first(c,
                    "SELECT e.CALL_ID, c.OFFICE_ID FROM INBOX_EVENT e JOIN CALL_ENTRY c ON c.ID = e.CALL_ID"
                            + " WHERE e.DRIVER = ? AND e.SESSION_ID = ? AND e.SEQUENCE_NO = ?",
                    rs -> new InboxReceipt(rs.getLong(1), rs.getLong(2), true), event.driver(), event.sessionId(),
                    event.sequence()).orElseThrow());
            LOG.log(Level.DEBUG, "Repeated call event ignored: {0}", event);
            return receipt;
        }
        return process(eventId, event);
    }

    private static void validate(CallEvent e) {
        String problem = null;
        if (e.driver().isEmpty() || e.driver().length() > 32) {
            problem = "the driver name must be 1 to 32 characters";
        } else if (e.sessionId().isEmpty() || e.sessionId().length() > 200) {
            problem = "the session id must be 1 to 200 characters";
        } else if (e.sequence() < 1) {
            problem = "the sequence must start at 1";
        } else if (e.ani().length() > 100 || e.dnis().length() > 100 || e.destination().length() > 100) {
            problem = "a number is longer than 100 characters";
        }
        if (problem != null) {
            LOG.log(Level.WARNING, "Call event refused ({0}): {1}", problem, e);
            throw new InvalidCallEventException("Call event refused: " + problem + ".");
        }
    }

    /** Commits the raw event; empty when it was stored before. */
    private Optional<Long> store(CallEvent e) {
        try {
            return Optional.of(jdbc.transaction("store a call event in the inbox", c -> Jdbc.insert(c,
                    "INSERT INTO INBOX_EVENT (DRIVER, SESSION_ID, SEQUENCE_NO, STATUS, ANI, DNIS, DESTINATION,"
                            + " CALLER_NAME, RECORDING, OCCURRED_AT, RECEIVED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.driver(), e.sessionId(), e.sequence(), e.status().name(), e.ani(), e.dnis(), e.destination(),
                    cut(e.callerName(), 200), cut(e.recording(), 1000), e.at(), Instant.now())));
        } catch (IllegalStateException x) {
            if (x.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                return Optional.empty();
            }
            throw x;
        }
    }

    /** The id of a repeated event that was stored but never processed; 0 when it was processed. */
    private long pendingDuplicate(CallEvent e) {
        return jdbc.transaction("read a repeated call event", c -> Jdbc.first(c,
                "SELECT ID FROM INBOX_EVENT WHERE DRIVER = ? AND SESSION_ID = ? AND SEQUENCE_NO = ? AND CALL_ID IS NULL",
                rs -> rs.getLong(1), e.driver(), e.sessionId(), e.sequence()).orElse(0L));
    }

    /** Processes the events stored before {@code receivedBefore} that were never routed. */
    private void processPending(Instant receivedBefore) {
        List<Long> pending;
        try {
            pending = jdbc.transaction("read unprocessed call events", c -> Jdbc.list(c,
                    "SELECT ID FROM INBOX_EVENT WHERE CALL_ID IS NULL AND RECEIVED_AT < ? ORDER BY ID", rs -> rs.getLong(1),
                    receivedBefore == Instant.MAX ? Instant.now().plusSeconds(3600) : receivedBefore));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Unprocessed call events could not be read", e);
            return;
        }
        if (!pending.isEmpty()) {
            LOG.log(Level.INFO, "Processing {0} call events stored but not routed yet", pending.size());
        }
        for (long id : pending) {
            try {
                process(id, null);
            } catch (RuntimeException x) {
                LOG.log(Level.ERROR, "Stored call event " + id + " could not be processed; it stays in the inbox", x);
            }
        }
    }

    private record Outcome(InboxReceipt receipt, IncomingCall call, boolean changed) {
    }

    private InboxReceipt process(long eventId, CallEvent known) {
        Outcome outcome;
        try {
            outcome = route(eventId, known);
        } catch (IllegalStateException x) {
            if (!(x.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql))) {
                throw x;
            }
            // another event of the same new call created its entry first: this one now finds it
            outcome = route(eventId, known);
        }
        if (!outcome.receipt().duplicate()) {
            log(outcome);
        }
        if (outcome.changed()) {
            broadcaster.changed(outcome.call());
        }
        return outcome.receipt();
    }

    private Outcome route(long eventId, CallEvent known) {
        return jdbc.transaction("route the call event", c -> {
            // claim the event: a resend routed at the same moment waits on this row and then finds it taken
            if (Jdbc.update(c, "UPDATE INBOX_EVENT SET CALL_ID = -1 WHERE ID = ? AND CALL_ID IS NULL", eventId) == 0) {
                return processedMeanwhile(c, eventId);
            }
            CallEvent e = known != null ? known : load(c, eventId);
            Optional<IncomingCall> existing = findCall(c, e);
            boolean changed;
            long callId;
            if (existing.isEmpty()) {
                callId = create(c, e);
                hours.added(c, callId);
                changed = true;
            } else {
                callId = existing.get().id();
                changed = hours.changing(c, callId, x -> advance(x, existing.get(), e));
            }
            Jdbc.update(c, "UPDATE INBOX_EVENT SET CALL_ID = ? WHERE ID = ?", callId, eventId);
            IncomingCall call = CallEntries.byId(c, callId).orElseThrow();
            return new Outcome(new InboxReceipt(callId, call.officeId(), false), call, changed);
        });
    }

    private static Outcome processedMeanwhile(Connection c, long eventId) throws SQLException {
        long callId = Jdbc.first(c, "SELECT CALL_ID FROM INBOX_EVENT WHERE ID = ?", rs -> rs.getLong(1), eventId)
                .orElseThrow(() -> new SQLException("Inbox event " + eventId + " disappeared"));
        IncomingCall call = CallEntries.byId(c, callId).orElseThrow(() -> new SQLException("Call " + callId + " disappeared"));
        return new Outcome(new InboxReceipt(callId, call.officeId(), true), call, false);
    }

    private void log(Outcome outcome) {
        IncomingCall call = outcome.call();
        LOG.log(Level.INFO, "Call event office={0} session={1} ani={2} dnis={3} destination={4} status={5}{6}",
                String.valueOf(call.officeId()), call.sessionId(), call.ani(), call.dnis(), call.destination(), call.status(),
                call.source().unknownNumber() ? " (unknown tracking number, default office)" : "");
    }

    private static CallEvent load(Connection c, long eventId) throws SQLException {
        return Jdbc.first(c, "SELECT DRIVER, SESSION_ID, SEQUENCE_NO, ANI, DNIS, DESTINATION, STATUS, OCCURRED_AT,"
                + " CALLER_NAME, RECORDING FROM INBOX_EVENT WHERE ID = ?",
                rs -> new CallEvent(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), CallStatus.valueOf(rs.getString(7)), Jdbc.instant(rs, "OCCURRED_AT"),
                        rs.getString(9), rs.getString(10)),
                eventId).orElseThrow(() -> new SQLException("Inbox event " + eventId + " disappeared"));
    }

    private static Optional<IncomingCall> findCall(Connection c, CallEvent e) throws SQLException {
        return Jdbc.first(c, "SELECT " + CallEntries.COLUMNS + " FROM CALL_ENTRY WHERE DRIVER = ? AND SESSION_ID = ?",
                CallEntries::read, e.driver(), e.sessionId());
    }

    /** A new call: routed by DNIS, its caller cross-referenced, stored with the event's status. */
    private long create(Connection c, CallEvent e) throws SQLException {
        Route route = router.route(c, e.dnis());
        Optional<String> ani = phones.normalise(e.ani(), route.region()).map(PhoneNumbers.Normalised::e164);
        if (ani.isEmpty()) {
            LOG.log(Level.WARNING, "Caller number unreadable, no cross-reference: ani=''{0}'' session={1}", e.ani(),
                    e.sessionId());
        }
        CallerHistory caller = ani.isPresent() ? crossReference.lookUp(c, route.officeId(), ani.get(), 0)
                : CallerHistory.newCaller();
        String callerName = e.callerName();
        if (caller.customerId() == 0 && ani.isPresent() && callerName.isEmpty()) {
            callerName = reverseLookup(route.officeId(), ani.get());
        }
        CallStatus s = e.status();
        return Jdbc.insert(c, "INSERT INTO CALL_ENTRY (DRIVER, SESSION_ID, OFFICE_ID, ANI, ANI_VALID, DNIS, DESTINATION,"
                + " STATUS, STARTED_AT, ANSWERED_AT, ENDED_AT, CALLER_NAME, TRACKING_NUMBER_ID, ADVERTISING_SOURCE,"
                + " CARD_TEMPLATE, UNKNOWN_DNIS, MATCHED_CUSTOMER_ID, MATCHED_CUSTOMER_NAME, OTHER_MATCHES,"
                + " EARLIER_CONTACTS, LAST_CONTACT_AT, LAST_CONTACT, TAKEN_BY, CUSTOMER_ID, DISPOSED_BY, RECORDING)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', ?)",
                e.driver(), e.sessionId(), route.officeId(), ani.orElse(e.ani()), ani.isPresent(), route.dnis(),
                e.destination().isEmpty() ? route.destination() : e.destination(), s.name(), e.at(),
                s == CallStatus.ANSWERED ? e.at() : Jdbc.Null.TIMESTAMP,
                s.isFinal() ? e.at() : Jdbc.Null.TIMESTAMP, cut(callerName, 200),
                route.source().trackingNumberId() == 0 ? Jdbc.Null.BIGINT : route.source().trackingNumberId(),
                route.source().advertisingSource(), route.source().cardTemplate(), route.source().unknownNumber(),
                caller.customerId() == 0 ? Jdbc.Null.BIGINT : caller.customerId(), cut(caller.customerName(), 400),
                caller.otherMatches(), caller.earlierContacts(),
                caller.lastContactAt() == null ? Jdbc.Null.TIMESTAMP : caller.lastContactAt(),
                cut(caller.lastContact(), 400), caller.customerId() == 0 ? Jdbc.Null.BIGINT : caller.customerId(),
                cut(e.recording(), 1000));
    }

    private String reverseLookup(long officeId, String e164) {
        for (ReverseLookup lookup : lookups) {
            try {
                Optional<ReverseLookup.Listing> listing = lookup.lookup(officeId, e164);
                if (listing.isPresent()) {
                    return listing.get().name();
                }
            } catch (RuntimeException x) {
                LOG.log(Level.WARNING, "Reverse lookup " + lookup.getClass().getName() + " failed for " + e164, x);
            }
        }
        return "";
    }

    /**
     * Moves the call to the event's status when that is a step forward; an event that arrives late
     * (a ringing after the hang-up) does not change the status but still tells when the call
     * started or was answered. The status update names the status it read, so two events of one
     * call racing cannot both apply.
     */
    private boolean advance(Connection c, IncomingCall read, CallEvent e) throws SQLException {
        boolean changed = false;
        CallStatus s = e.status();
        IncomingCall call = read;
        // another event of the call may move it between the read and the update: read again and retry
        for (int attempt = 0; attempt < 3 && call.status().mayBecome(s); attempt++) {
            if (Jdbc.update(c, "UPDATE CALL_ENTRY SET STATUS = ?, ENDED_AT = CASE WHEN ? = 1 THEN "
                    + dialect.timestampParameter() + " ELSE ENDED_AT END WHERE ID = ? AND STATUS = ?",
                    s.name(), s.isFinal(), e.at(), call.id(), call.status().name()) == 1) {
                changed = true;
                break;
            }
            long id = call.id();
            call = CallEntries.byId(c, id).orElseThrow(() -> new SQLException("Call " + id + " disappeared"));
        }
        if (e.at().isBefore(call.startedAt())) {
            changed |= Jdbc.update(c, "UPDATE CALL_ENTRY SET STARTED_AT = ? WHERE ID = ?", e.at(), call.id()) == 1;
        }
        if (s == CallStatus.ANSWERED && call.answeredAt() == null) {
            changed |= Jdbc.update(c, "UPDATE CALL_ENTRY SET ANSWERED_AT = ? WHERE ID = ? AND ANSWERED_AT IS NULL",
                    e.at(), call.id()) == 1;
        }
        if (!e.recording().isEmpty() && !e.recording().equals(call.recording())) {
            changed |= Jdbc.update(c, "UPDATE CALL_ENTRY SET RECORDING = ? WHERE ID = ?", cut(e.recording(), 1000),
                    call.id()) == 1;
        }
        if (call.callerName().isEmpty() && !e.callerName().isEmpty()) {
            changed |= Jdbc.update(c, "UPDATE CALL_ENTRY SET CALLER_NAME = ? WHERE ID = ?", cut(e.callerName(), 200),
                    call.id()) == 1;
        }
        return changed;
    }

}
