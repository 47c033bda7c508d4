package org.cardfile.telephony.asterisk.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.InboxReceipt;
import org.cardfile.core.calls.InvalidCallEventException;
import org.cardfile.core.calls.TelephonyDriver;
import org.cardfile.core.capabilities.CapabilityUsage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Asterisk as a telephony driver: an AMI client that reports the calls it sees to the inbox. It
 * registers even when idle, so the admin's list of drivers says which setting is missing.
 */
@Component(service = { TelephonyDriver.class, CapabilityUsage.class }, configurationPid = "org.cardfile.telephony.asterisk")
public class AsteriskTelephonyDriver implements TelephonyDriver, CapabilityUsage {
    /** The capability this bundle declares in its manifest. */
    static final String CAPABILITY = "org.cardfile.telephony.asterisk";

    private static final System.Logger LOG = System.getLogger(AsteriskTelephonyDriver.class.getName());
    private volatile int openCalls;

    private final CallEventSink sink;
    private final String endpoint;
    private final String idle;
    private final AmiClient client;

    @Activate
    public AsteriskTelephonyDriver(@Reference CallEventSink sink, BundleContext context, Map<String, Object> properties) {
        this(key -> {
            Object value = properties.get(key);
            return value != null ? value.toString() : context.getProperty(key);
        }, sink, Clock.systemUTC());
    }

    /**
     * Connects in the background unless the settings say to stay idle.
     *
     * @param configuration answers a setting's value by its property name, or {@code null}
     */
    public AsteriskTelephonyDriver(Function<String, String> configuration, CallEventSink sink, Clock clock) {
        this.sink = sink;
        AmiSettings settings = null;
        String problem = null;
        try {
            settings = AmiSettings.read(configuration);
            problem = settings.idleReason().orElse(null);
        } catch (IllegalArgumentException e) {
            problem = "not started: " + e.getMessage();
        }
        endpoint = settings == null ? "?" : settings.endpoint();
        idle = problem;
        if (problem != null) {
            LOG.log(Level.INFO, "Asterisk AMI driver {0}", problem);
            client = null;
        } else {
            CallTracker tracker = new CallTracker(settings, clock);
            client = new AmiClient(settings, event -> {
                List<CallEvent> calls = tracker.onEvent(event);
                // the tracker is the reader thread's; the admin asks from another
                openCalls = tracker.openCalls();
                calls.forEach(this::deliver);
            });
        }
    }

    private void deliver(CallEvent event) {
        try {
            InboxReceipt receipt = sink.accept(event);
            LOG.log(Level.INFO, "AMI call {0} ani={1} dnis={2} status={3} (#{4}){5}", event.sessionId(), event.ani(),
                    event.dnis(), event.status(), event.sequence(), receipt.duplicate() ? " already delivered" : "");
        } catch (InvalidCallEventException e) {
            LOG.log(Level.WARNING, "AMI call {0} ani={1} dnis={2} status={3} refused by the inbox: {4}",
                    event.sessionId(), event.ani(), event.dnis(), event.status(), e.getMessage());
        } catch (RuntimeException e) {
            // AMI cannot replay an event, so this status of the call is lost; the next one still arrives
            LOG.log(Level.ERROR, "AMI call " + event.sessionId() + " ani=" + event.ani() + " dnis=" + event.dnis()
                    + " status=" + event.status() + " not delivered: the inbox failed", e);
        }
    }

    /** Logs off and stops reconnecting. */
    @Deactivate
    public void close() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public String name() {
        return CallTracker.DRIVER;
    }

    @Override
    public String describe() {
        return "Asterisk AMI " + endpoint + ": " + (client == null ? idle : client.state());
    }

    @Override
    public boolean connected() {
        return client != null && client.connected();
    }

    @Override
    public String capability() {
        return CAPABILITY;
    }

    /** Calls the PBX has open now: switched off, the driver stops reporting them. */
    @Override
    public Optional<String> inUse() {
        int n = openCalls;
        return n == 0 ? Optional.empty()
                : Optional.of(n == 1 ? "1 Asterisk call is in progress." : n + " Asterisk calls are in progress.");
    }
}
