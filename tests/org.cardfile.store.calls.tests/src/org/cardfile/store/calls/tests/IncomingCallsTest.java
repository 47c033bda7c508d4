package org.cardfile.store.calls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cardfile.core.calls.CallAlreadyTakenException;
import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.Disposition;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.TrackingNumber;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Role;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** Picking, triage, filing and tracking numbers, scoped to the office and checked against roles. */
@TestInstance(Lifecycle.PER_CLASS)
class IncomingCallsTest {
    private static final String GAZETTE = "+12175550190";
    private StoreFixture f;
    private Session alice;
    private Session admin;
    private final List<Session> reps = new ArrayList<>();

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "calls");
        alice = f.signIn("alice");
        admin = f.signIn("admin");
        for (int i = 1; i <= 6; i++) {
            f.employees.save(admin, new Employee(0, "rep" + i, "Rep " + i, admin.officeId(), Set.of(Role.CALL_CENTER_REP),
                    true), "cardfile".toCharArray());
            reps.add(f.signIn("rep" + i));
        }
        reps.add(alice);
        reps.add(admin);
    }

    @AfterAll
    void close() {
        f.close();
    }

    private long ring(String ani) {
        return f.inbox.accept(new CallEvent("test", UUID.randomUUID().toString(), 1, ani, GAZETTE, "", CallStatus.RINGING,
                Instant.now(), "", "")).callId();
    }

    @Test
    void ofEightRepsPickingAtOnceExactlyOneWinsAndTheOthersLearnWho() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reps.size());
        try {
            for (int round = 0; round < 10; round++) {
                long id = ring("2175550142");
                CyclicBarrier start = new CyclicBarrier(reps.size());
                List<Future<IncomingCall>> picks = new ArrayList<>();
                for (Session rep : reps) {
                    picks.add(pool.submit(() -> {
                        start.await();
                        return f.calls.pick(rep, id);
                    }));
                }
                List<IncomingCall> won = new ArrayList<>();
                List<CallAlreadyTakenException> lost = new ArrayList<>();
                for (Future<IncomingCall> pick : picks) {
                    try {
                        won.add(pick.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        lost.add((CallAlreadyTakenException) e.getCause());
                    }
                }
                assertEquals(1, won.size(), "round " + round);
                assertEquals(reps.size() - 1, lost.size());
                String winner = won.get(0).takenBy();
                lost.forEach(l -> assertEquals("The call was already taken by " + winner + ".", l.getMessage()));
                assertEquals(winner, f.calls.get(alice, id).takenBy(), "every workstation reads the same winner");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWinnerPickingAgainGetsTheCallBackAndTheTakeIsBroadcast() {
        long id = ring("2175550142");
        int before = f.broadcasts.sent.size();
        IncomingCall taken = f.calls.pick(alice, id);
        assertTrue(taken.isTaken());
        assertEquals("Alice Adams", taken.takenBy());
        assertEquals(taken.takenAt(), f.calls.pick(alice, id).takenAt(), "a second pick by the winner changes nothing");
        assertEquals(before + 1, f.broadcasts.sent.size());
        assertEquals("Alice Adams", f.broadcasts.sent.get(before).takenBy());
    }

    @Test
    void clientsSeeCallsButCannotTakeThemAndOtherOfficesCannotReachThem() {
        long id = ring("2175550142");
        Session clara = f.signIn("clara");
        assertEquals(id, f.calls.get(clara, id).id());
        assertThrows(AccessDeniedException.class, () -> f.calls.pick(clara, id));
        Session rita = f.signIn("rita");
        assertThrows(NotFoundException.class, () -> f.calls.pick(rita, id));
        assertThrows(NotFoundException.class, () -> f.calls.get(rita, id));
        assertEquals(0, f.calls.dispose(rita, List.of(id), Disposition.SPAM));
    }

    @Test
    void missedCallsWaitInTriageUntilGivenADispositionInBulk() {
        List<Long> missed = new ArrayList<>();
        for (CallStatus end : List.of(CallStatus.ABANDONED, CallStatus.BUSY, CallStatus.NO_ANSWER)) {
            CallEvent ring = new CallEvent("test", UUID.randomUUID().toString(), 1, "2175550178", GAZETTE, "",
                    CallStatus.RINGING, Instant.now(), "", "");
            f.inbox.accept(ring);
            missed.add(f.inbox.accept(ring.next(end, Instant.now())).callId());
        }
        long answered = ring("2175550142");
        List<Long> triage = f.calls.triage(alice).stream().map(IncomingCall::id).toList();
        assertTrue(triage.containsAll(missed));
        assertFalse(triage.contains(answered));
        assertEquals(3, f.calls.dispose(alice, missed, Disposition.CALLED_BACK));
        assertTrue(f.calls.triage(alice).stream().noneMatch(c -> missed.contains(c.id())));
        assertEquals(Disposition.CALLED_BACK, f.calls.get(alice, missed.get(0)).disposition());
        assertEquals(0, f.calls.dispose(alice, missed, Disposition.SPAM), "a disposition is given once");
    }

    @Test
    void aNewCallersCallIsFiledUnderTheRecordTheRepCreated() {
        long id = ring("2175550178");
        f.calls.pick(alice, id);
        Customer created = f.customers.save(alice, new Customer(0, 0, "", "Marcus", "Oyelaran", "", null,
                List.of(org.cardfile.core.model.Phone.of(org.cardfile.core.model.PhoneType.MOBILE, "217 555 0178")),
                List.of(), "", 0));
        assertEquals(created.id(), f.calls.fileUnder(alice, id, created.id()).customerId());
        IncomingCall next = f.calls.get(alice, ring("2175550178"));
        assertEquals(created.id(), next.caller().customerId(), "the next call from the number finds the new record");
    }

    @Test
    void adminsManageTrackingNumbersThatRouteTheNextCall() {
        TrackingNumber radio = f.trackingNumbers.save(admin, new TrackingNumber(0, 0, "(217) 555-0185", 0,
                "WSPR morning show", "Radio", "Spring", new BigDecimal("300.00"), "Leasing desk", "multihousing.guest",
                true));
        assertEquals("+12175550185", radio.number());
        assertThrows(AccessDeniedException.class, () -> f.trackingNumbers.save(alice, radio));
        ValidationException taken = assertThrows(ValidationException.class, () -> f.trackingNumbers.save(admin,
                new TrackingNumber(0, 0, "217-555-0185", 0, "Copy", "", "", null, "", "", true)));
        assertTrue(taken.getMessage().contains("already"), taken.getMessage());
        ValidationException bad = assertThrows(ValidationException.class, () -> f.trackingNumbers.save(admin,
                new TrackingNumber(0, 0, "call us", 0, "", "", "", null, "", "", true)));
        assertEquals(List.of("number", "advertisingSource"), bad.errors().stream().map(e -> e.field()).toList());
        IncomingCall call = f.calls.get(alice, f.inbox.accept(new CallEvent("test", UUID.randomUUID().toString(), 1,
                "2175550142", "2175550185", "", CallStatus.RINGING, Instant.now(), "", "")).callId());
        assertEquals("WSPR morning show", call.source().advertisingSource());
        TrackingNumber renamed = f.trackingNumbers.save(admin, new TrackingNumber(radio.id(), radio.version(),
                radio.number(), 0, "WSPR drive time", "Radio", "Spring", null, "", "", true));
        assertThrows(org.cardfile.core.service.StaleRecordException.class, () -> f.trackingNumbers.save(admin, radio),
                "a save over a newer one is refused");
        f.trackingNumbers.remove(admin, renamed.id());
        assertEquals("WSPR morning show", f.calls.get(alice, call.id()).source().advertisingSource(),
                "calls keep the source they came in with");
    }

    @Test
    void aDirectoryImportNamesNewCallersAndListsBadRows() {
        ImportResult result = f.directory.importDirectory(admin, new StringReader(
                "number,name,street,city,region,postalCode\n217-555-0179,Priya Raman,3 Oak Ave,Springfield,IL,62702\n"
                        + "garbage,Nobody,,,,\n"),
                ImportProgress.NONE);
        assertEquals(1, result.imported());
        assertEquals(1, result.rejected().size());
        assertEquals(3, result.rejected().get(0).line());
        assertEquals("Priya Raman", f.calls.get(alice, ring("+12175550179")).callerName());
        assertThrows(AccessDeniedException.class,
                () -> f.directory.importDirectory(alice, new StringReader("number,name,street,city,region,postalCode\n"),
                        ImportProgress.NONE));
    }
}
