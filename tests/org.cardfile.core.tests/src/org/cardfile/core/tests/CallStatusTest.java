package org.cardfile.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.cardfile.core.calls.CallSource;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Office;
import org.cardfile.core.model.Role;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.junit.jupiter.api.Test;

class CallStatusTest {

    @Test
    void aLateRingingEventNeverReopensAFinishedCall() {
        assertTrue(CallStatus.RINGING.mayBecome(CallStatus.ANSWERED));
        assertTrue(CallStatus.RINGING.mayBecome(CallStatus.ABANDONED));
        assertTrue(CallStatus.ANSWERED.mayBecome(CallStatus.COMPLETED));
        assertFalse(CallStatus.ANSWERED.mayBecome(CallStatus.RINGING));
        assertFalse(CallStatus.COMPLETED.mayBecome(CallStatus.RINGING));
        assertFalse(CallStatus.ABANDONED.mayBecome(CallStatus.ANSWERED));
        assertFalse(CallStatus.ANSWERED.mayBecome(CallStatus.ABANDONED), "an answered call was not abandoned");
    }

    @Test
    void aStatusRanksAfterEveryStatusItMayFollow() {
        for (CallStatus from : CallStatus.values()) {
            for (CallStatus to : CallStatus.values()) {
                if (from.mayBecome(to)) {
                    assertTrue(to.rank() > from.rank(), from + " -> " + to);
                }
            }
        }
        assertEquals(1, CallStatus.RINGING.rank());
        assertEquals(3, CallStatus.ABANDONED.rank());
    }

    @Test
    void busyNoAnswerAndAbandonedAreMissed() {
        for (CallStatus s : CallStatus.values()) {
            boolean missed = s == CallStatus.BUSY || s == CallStatus.NO_ANSWER || s == CallStatus.ABANDONED;
            assertEquals(missed, s.isMissed(), s.name());
        }
    }

    @Test
    void aRunningCallLastsUntilNowAndAnEndedOneUntilItsEnd() {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        IncomingCall running = call(start, null, CallStatus.ANSWERED);
        assertEquals(Duration.ofSeconds(95), running.duration(start.plusSeconds(95)));
        IncomingCall ended = call(start, start.plusSeconds(42), CallStatus.COMPLETED);
        assertEquals(Duration.ofSeconds(42), ended.duration(start.plusSeconds(600)));
    }

    @Test
    void theCallerIsNamedByCustomerThenSignalledNameThenNumber() {
        Instant now = Instant.now();
        IncomingCall anonymous = call(now, null, CallStatus.RINGING);
        assertEquals("+12175550142", anonymous.callerLabel());
        assertFalse(anonymous.needsTriage());
        IncomingCall missed = call(now, now, CallStatus.ABANDONED);
        assertTrue(missed.needsTriage());
    }

    @Test
    void clientsAndWarehouseSeeCallsButOnlyRepsAndAdminsTakeThem() {
        for (Role role : Role.values()) {
            Session s = new Session("t", new Employee(1, "x", "X", 1, Set.of(role), true),
                    new Office(1, "SPR", "Springfield", "US"), Instant.now());
            assertTrue(s.may(Permission.VIEW_CALLS), role.name());
            assertEquals(role != Role.CLIENT && role != Role.WAREHOUSE_REP, s.may(Permission.TAKE_CALLS), role.name());
            assertEquals(role == Role.ADMIN, s.may(Permission.MANAGE_TRACKING_NUMBERS), role.name());
        }
    }

    private static IncomingCall call(Instant start, Instant end, CallStatus status) {
        return new IncomingCall(1, 1, "s-1", "simulator", "+12175550142", "+12175550100", "", status, start, null, end,
                "", CallSource.unknown(), CallerHistory.newCaller(), "", 0, null, 0, null, "", 0);
    }
}
