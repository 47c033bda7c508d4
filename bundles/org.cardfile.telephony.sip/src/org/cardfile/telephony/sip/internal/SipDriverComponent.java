package org.cardfile.telephony.sip.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.TelephonyDriver;
import org.cardfile.core.capabilities.CapabilityUsage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The SIP driver as an OSGi service. Immediate, because listening is its job whether or not anyone
 * looks the service up. Settings come from configuration {@value #PID} (Configuration Admin, when
 * installed) or the framework properties {@code cardfile.telephony.sip.*}; a changed configuration
 * restarts the component. Without a port the driver stays idle and says so.
 */
@Component(service = { TelephonyDriver.class, CapabilityUsage.class }, immediate = true,
        configurationPid = SipDriverComponent.PID)
public final class SipDriverComponent implements TelephonyDriver, CapabilityUsage {
    static final String PID = "org.cardfile.telephony.sip";
    /** The capability this bundle declares in its manifest. */
    static final String CAPABILITY = "org.cardfile.telephony.sip";
    private static final System.Logger LOG = System.getLogger(SipDriverComponent.class.getName());

    private final SipEndpoint endpoint;
    private final String state;

    @Activate
    public SipDriverComponent(@Reference CallEventSink sink, BundleContext context, Map<String, Object> properties) {
        SipEndpoint started = null;
        String described;
        try {
            SipConfig config = SipConfig.read(properties::get, context::getProperty);
            if (!config.configured()) {
                described = "SIP: idle, no port configured (set " + SipConfig.FRAMEWORK_PREFIX + "port)";
            } else {
                started = new SipEndpoint(config, sink);
                try {
                    started.start();
                    described = "SIP: listening on " + config.where() + ", answering after "
                            + config.ringTime().toMillis() + " ms";
                } catch (IOException e) {
                    started.close();
                    started = null;
                    described = "SIP: not listening, " + e.getMessage();
                }
            }
        } catch (IllegalArgumentException badSetting) {
            described = "SIP: not started, " + badSetting.getMessage();
        }
        endpoint = started;
        state = described;
        LOG.log(endpoint == null && !state.contains("idle") ? Level.WARNING : Level.INFO, state);
    }

    @Deactivate
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Override
    public String name() {
        return EventDelivery.DRIVER;
    }

    @Override
    public String describe() {
        return state;
    }

    @Override
    public boolean connected() {
        return endpoint != null && endpoint.listening();
    }

    @Override
    public String capability() {
        return CAPABILITY;
    }

    /** Calls on the line now: switching the driver off stops reporting them (the phone system keeps them). */
    @Override
    public Optional<String> inUse() {
        return endpoint == null ? Optional.empty() : callsInProgress(endpoint.callsInProgress());
    }

    static Optional<String> callsInProgress(int n) {
        return n == 0 ? Optional.empty()
                : Optional.of(n == 1 ? "1 SIP call is in progress." : n + " SIP calls are in progress.");
    }
}
