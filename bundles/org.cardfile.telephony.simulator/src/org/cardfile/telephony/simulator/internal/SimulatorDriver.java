package org.cardfile.telephony.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallSimulator;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.TelephonyDriver;
import org.cardfile.core.capabilities.CapabilityUsage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Plays scripted calls into the inbox exactly as a real driver would: one session id per call,
 * events numbered from 1, each step after its delay. Stand-alone workbenches use it to show the
 * incoming list without a phone system.
 */
@Component(service = { CallSimulator.class, TelephonyDriver.class, CapabilityUsage.class })
public class SimulatorDriver implements CallSimulator, TelephonyDriver, CapabilityUsage {
    static final String NAME = "simulator";
    /** The capability this bundle declares in its manifest. */
    static final String CAPABILITY = "org.cardfile.telephony.simulator";
    private static final System.Logger LOG = System.getLogger(SimulatorDriver.class.getName());

    private final CallEventSink sink;
    private final Clock clock;
    private final ScheduledExecutorService steps;
    private final AtomicInteger played = new AtomicInteger();
    /** Calls with steps still to come: switching the simulator off cuts them short. */
    private final Set<String> playing = ConcurrentHashMap.newKeySet();

    @Activate
    public SimulatorDriver(@Reference CallEventSink sink) {
        this(sink, Clock.systemUTC());
    }

    SimulatorDriver(CallEventSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
        this.steps = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Cardfile call simulator");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void stop() {
        steps.shutdownNow();
    }

    @Override
    public List<Scenario> scenarios() {
        return DemoScenarios.all();
    }

    @Override
    public String play(Scenario scenario) {
        if (scenario.steps().isEmpty()) {
            throw new IllegalArgumentException("The scenario " + scenario.id() + " has no steps.");
        }
        String session = NAME + "-" + UUID.randomUUID();
        CallEvent first = new CallEvent(NAME, session, 1, scenario.ani(), scenario.dnis(), "",
                scenario.steps().get(0).status(), clock.instant(), scenario.callerName(), "");
        deliver(first);
        long delay = 0;
        CallEvent previous = first;
        int last = scenario.steps().size() - 1;
        if (last > 0) {
            playing.add(session);
        }
        for (int i = 1; i <= last; i++) {
            delay += scenario.steps().get(i).delayMillis();
            CallEvent next = previous.next(scenario.steps().get(i).status(), clock.instant());
            previous = next;
            boolean lastStep = i == last;
            steps.schedule(() -> {
                try {
                    deliver(new CallEvent(next.driver(), next.sessionId(), next.sequence(), next.ani(), next.dnis(),
                            next.destination(), next.status(), clock.instant(), next.callerName(),
                            next.status() == CallStatus.COMPLETED ? "simulated-recording-" + session + ".wav" : ""));
                } finally {
                    if (lastStep) {
                        playing.remove(session);
                    }
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
        played.incrementAndGet();
        LOG.log(Level.INFO, "Simulated call {0}: {1} from {2} to {3}", session, scenario.title(), scenario.ani(),
                scenario.dnis());
        return session;
    }

    @Override
    public String capability() {
        return CAPABILITY;
    }

    @Override
    public Optional<String> inUse() {
        int n = playing.size();
        return n == 0 ? Optional.empty()
                : Optional.of(n == 1 ? "1 simulated call is still playing." : n + " simulated calls are still playing.");
    }

    @Override
    public String ring(String ani, String dnis, String callerName) {
        return play(new Scenario("ring", "Incoming call", ani, dnis, callerName == null ? "" : callerName,
                List.of(new Step(0, CallStatus.RINGING), new Step(15_000, CallStatus.ANSWERED),
                        new Step(180_000, CallStatus.COMPLETED))));
    }

    private void deliver(CallEvent event) {
        try {
            sink.accept(event);
        } catch (RuntimeException e) {
            // a real driver would queue and retry; a simulated call that cannot be stored is reported and dropped
            LOG.log(Level.ERROR, "Simulated call event was refused by the inbox: " + event, e);
            throw e;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return "Call simulator: " + played.get() + " calls played";
    }

    @Override
    public boolean connected() {
        return true;
    }
}
