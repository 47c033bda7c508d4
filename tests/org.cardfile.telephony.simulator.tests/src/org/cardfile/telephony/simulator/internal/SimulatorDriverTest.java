package org.cardfile.telephony.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallSimulator.Scenario;
import org.cardfile.core.calls.CallSimulator.Step;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.InboxReceipt;
import org.cardfile.core.calls.InvalidCallEventException;
import org.junit.jupiter.api.Test;

class SimulatorDriverTest {
    private final List<CallEvent> delivered = new CopyOnWriteArrayList<>();

    private InboxReceipt record(CallEvent e) {
        delivered.add(e);
        return new InboxReceipt(1, 1, false);
    }

    @Test
    void aScenarioIsPlayedAsOneSessionWithNumberedEventsAtItsDelays() throws Exception {
        SimulatorDriver driver = new SimulatorDriver(this::record, Clock.systemUTC());
        try {
            Scenario quick = new Scenario("quick", "Quick", "+12175550142", "+12175550190", "Ben",
                    // the answer waits long enough that a busy machine still returns from play before it
                    List.of(new Step(0, CallStatus.RINGING), new Step(1_500, CallStatus.ANSWERED),
                            new Step(100, CallStatus.COMPLETED)));
            String session = driver.play(quick);
            assertEquals(1, delivered.size(), "the first event is delivered before play returns");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (delivered.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(List.of(CallStatus.RINGING, CallStatus.ANSWERED, CallStatus.COMPLETED),
                    delivered.stream().map(CallEvent::status).toList());
            assertEquals(List.of(1, 2, 3), delivered.stream().map(CallEvent::sequence).toList());
            assertTrue(delivered.stream().allMatch(e -> e.sessionId().equals(session) && e.driver().equals("simulator")
                    && e.ani().equals("+12175550142") && e.dnis().equals("+12175550190")));
            assertTrue(delivered.get(2).recording().endsWith(".wav"), "a completed call has a recording reference");
            assertTrue(!delivered.get(1).at().isBefore(delivered.get(0).at().plusMillis(1_490)), "the step waited its delay");
        } finally {
            driver.stop();
        }
    }

    @Test
    void everyDemoScenarioDialsAnAdvertisedNumberOrTheUnknownOne() {
        SimulatorDriver driver = new SimulatorDriver(this::record, Clock.systemUTC());
        try {
            List<Scenario> all = driver.scenarios();
            assertEquals(6, all.size());
            assertTrue(all.stream().allMatch(s -> s.steps().get(0).status() == CallStatus.RINGING));
            assertTrue(all.stream().anyMatch(s -> s.steps().get(s.steps().size() - 1).status() == CallStatus.ABANDONED));
            assertEquals(1, all.stream().filter(s -> !s.dnis().startsWith("+1217555019")).count());
        } finally {
            driver.stop();
        }
    }

    @Test
    void aRefusalByTheInboxReachesTheCaller() {
        SimulatorDriver driver = new SimulatorDriver(e -> {
            throw new InvalidCallEventException("Call event refused: test.");
        }, Clock.systemUTC());
        try {
            assertThrows(InvalidCallEventException.class, () -> driver.ring("+12175550142", "+12175550190", ""));
        } finally {
            driver.stop();
        }
    }
}
