package org.cardfile.store.calls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.InboxReceipt;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.InvalidCallEventException;
import org.cardfile.core.model.Customer;
import org.cardfile.core.security.Session;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The durable inbox on a real database (on-disk Derby here, PostgreSQL in the subclass): routing by tracking number, cross-reference of the
 * caller, idempotency across restarts, recovery of an event stored but not processed, and refusal
 * of events that cannot be stored.
 */
class CallInboxTest {
    private static final String GAZETTE = "+12175550190";
    private static final String BEN = "(217) 555-0142";
    private StoreFixture f;
    private Session alice;

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeEach
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "inbox");
        alice = f.signIn("alice");
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Times as the databases keep them: PostgreSQL to the microsecond, Derby finer. */
    private static CallEvent ringing(String ani, String dnis) {
        return new CallEvent("test", UUID.randomUUID().toString(), 1, ani, dnis, "", CallStatus.RINGING,
                Instant.now().truncatedTo(ChronoUnit.MICROS), "", "");
    }

    @Test
    void aCallToAnAdvertisedNumberReachesItsOfficeWithTheCallersHistory() {
        Customer ben = f.customers.findByPhone(alice, BEN).get(0);
        int logged = f.contacts.forCustomer(alice, ben.id()).size();
        InboxReceipt receipt = f.inbox.accept(ringing("217.555.0142", "(217) 555-0190"));

        assertFalse(receipt.duplicate());
        assertEquals(alice.officeId(), receipt.officeId());
        IncomingCall call = f.calls.get(alice, receipt.callId());
        assertEquals("+12175550142", call.ani(), "the caller's number is stored in E.164");
        assertEquals(GAZETTE, call.dnis());
        assertEquals("Springfield Gazette, Sunday classifieds", call.source().advertisingSource());
        assertEquals("multihousing.guest", call.source().cardTemplate());
        assertFalse(call.source().unknownNumber());
        assertEquals("Leasing desk", call.destination(), "the tracking number's destination when the driver names none");
        assertEquals(ben.id(), call.caller().customerId());
        assertEquals(ben.displayName(), call.callerLabel());
        assertTrue(call.caller().returning());
        assertEquals(logged, call.caller().earlierContacts(), "every logged contact of the customer counts");
        assertFalse(call.caller().lastContact().isEmpty(), "the entry shows the last contact");
        assertEquals(List.of(receipt.callId()), f.broadcasts.sent.stream().map(IncomingCall::id).toList());
        assertEquals(alice.officeId(), f.broadcasts.sent.get(0).officeId());
        assertEquals(List.of(receipt.callId()), f.calls.live(alice, 10).stream().map(IncomingCall::id).toList());
    }

    @Test
    void aSecondCallFromTheSameNumberCountsTheFirstEvenUnfiled() {
        IncomingCall first = f.calls.get(alice, f.inbox.accept(ringing("+1 217 555 0177", GAZETTE)).callId());
        assertFalse(first.caller().returning(), "nobody had this number");
        assertEquals("Dana Whitfield", first.callerName(), "found in the office's directory");
        IncomingCall second = f.calls.get(alice, f.inbox.accept(ringing("2175550177", GAZETTE)).callId());
        assertTrue(second.caller().returning());
        assertEquals(1, second.caller().earlierContacts());
        assertTrue(second.caller().lastContact().startsWith("Call"), second.caller().lastContact());
    }

    @Test
    void anUnknownTrackingNumberGoesToTheDefaultOfficeFlaggedNeverDropped() {
        Session rita = f.signIn("rita");
        InboxReceipt receipt = f.inbox.accept(ringing("2175550142", "+1 312 555 0199"));
        IncomingCall call = f.calls.get(alice, receipt.callId());
        assertTrue(call.source().unknownNumber());
        assertEquals("+13125550199", call.dnis());
        assertEquals(alice.officeId(), call.officeId(), "Springfield was set up first: the default office");
        assertTrue(f.calls.live(rita, 10).isEmpty(), "Shelbyville does not see Springfield's calls");
    }

    @Test
    void garbageNumbersAreKeptAsSignalledAndCrossReferenceNothing() {
        IncomingCall call = f.calls.get(alice, f.inbox.accept(ringing("anonymous", "not-a-number")).callId());
        assertEquals("anonymous", call.ani());
        assertEquals("not-a-number", call.dnis());
        assertTrue(call.source().unknownNumber());
        assertFalse(call.caller().returning());
        assertEquals("anonymous", call.callerLabel());
    }

    @Test
    void anEventThatCannotBeStoredIsRefusedWithTheReason() {
        CallEvent noSession = new CallEvent("test", "", 1, "2175550142", GAZETTE, "", CallStatus.RINGING, Instant.now(),
                "", "");
        InvalidCallEventException refused = assertThrows(InvalidCallEventException.class, () -> f.inbox.accept(noSession));
        assertTrue(refused.getMessage().contains("session id"), refused.getMessage());
        CallEvent zero = new CallEvent("test", "s", 0, "2175550142", GAZETTE, "", CallStatus.RINGING, Instant.now(), "", "");
        assertThrows(InvalidCallEventException.class, () -> f.inbox.accept(zero));
        assertTrue(f.calls.live(alice, 10).isEmpty());
    }

    @Test
    void theSameEventTwiceEvenAfterARestartChangesNothing() {
        CallEvent ring = ringing(BEN, GAZETTE);
        InboxReceipt first = f.inbox.accept(ring);
        InboxReceipt again = f.inbox.accept(ring);
        assertTrue(again.duplicate());
        assertEquals(first.callId(), again.callId());
        f.reopen();
        alice = f.signIn("alice");
        InboxReceipt afterRestart = f.inbox.accept(ring);
        assertTrue(afterRestart.duplicate());
        assertEquals(first.callId(), afterRestart.callId());
        assertEquals(1, f.calls.live(alice, 10).size());
        assertEquals(1, f.broadcasts.countFor(first.callId()), "a repeated event is not broadcast again");
        assertEquals(1, count("SELECT COUNT(*) FROM INBOX_EVENT"));
    }

    @Test
    void statusesMoveForwardOnlyWhateverOrderEventsArriveIn() {
        CallEvent ring = ringing(BEN, GAZETTE);
        Instant t0 = ring.at();
        CallEvent answered = ring.next(CallStatus.ANSWERED, t0.plusSeconds(5));
        CallEvent completed = answered.next(CallStatus.COMPLETED, t0.plusSeconds(65)).withRecording("rec/42.wav");
        long id = f.inbox.accept(completed).callId();
        f.inbox.accept(ring);
        f.inbox.accept(answered);
        IncomingCall call = f.calls.get(alice, id);
        assertEquals(CallStatus.COMPLETED, call.status(), "late ringing and answered events do not reopen the call");
        assertEquals("rec/42.wav", call.recording());
        assertEquals(65, call.duration(Instant.now()).toSeconds(), "from the first ring to the hang-up");
        assertEquals(t0.plusSeconds(5), call.answeredAt(), "the late answered event still tells when");
        assertEquals(3, count("SELECT COUNT(*) FROM INBOX_EVENT WHERE CALL_ID = " + id), "every event is kept");
    }

    @Test
    void anEventStoredButNotProcessedBeforeACrashIsProcessedOnRestart() throws Exception {
        // the event row as the first transaction leaves it when the process dies before the second
        try (Connection c = f.store.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO INBOX_EVENT (DRIVER, SESSION_ID, SEQUENCE_NO,"
                        + " STATUS, ANI, DNIS, DESTINATION, CALLER_NAME, RECORDING, OCCURRED_AT, RECEIVED_AT)"
                        + " VALUES ('sip', 'crashed-1', 1, 'RINGING', '2175550142', '2175550190', '', '', '', ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        assertTrue(f.calls.live(f.signIn("alice"), 10).isEmpty());
        f.reopen();
        alice = f.signIn("alice");
        List<IncomingCall> live = f.calls.live(alice, 10);
        assertEquals(1, live.size());
        assertEquals("crashed-1", live.get(0).sessionId());
        assertEquals("Springfield Gazette, Sunday classifieds", live.get(0).source().advertisingSource());
        assertEquals(0, count("SELECT COUNT(*) FROM INBOX_EVENT WHERE CALL_ID IS NULL"));
    }

    private long count(String sql) {
        try (Connection c = f.store.database().dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Test
    void aCallNobodyAnsweredHasNoAnswerTime() {
        CallEvent ring = ringing(BEN, GAZETTE);
        long id = f.inbox.accept(ring).callId();
        f.inbox.accept(ring.next(CallStatus.ABANDONED, ring.at().plusSeconds(20)));
        IncomingCall call = f.calls.get(alice, id);
        assertNull(call.answeredAt());
        assertTrue(call.needsTriage());
    }
}
