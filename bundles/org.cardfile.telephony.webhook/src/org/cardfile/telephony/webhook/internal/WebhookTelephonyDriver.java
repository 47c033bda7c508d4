package org.cardfile.telephony.webhook.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.TelephonyDriver;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The voice webhook as a telephony driver. It registers even when idle or when its port cannot be
 * bound, so that the admin's list of drivers says what is wrong instead of the driver silently
 * missing.
 */
@Component(service = TelephonyDriver.class, configurationPid = "org.cardfile.telephony.webhook")
public class WebhookTelephonyDriver implements TelephonyDriver {

    private static final System.Logger LOG = System.getLogger(WebhookTelephonyDriver.class.getName());

    private final WebhookEndpoint endpoint;
    private final String state;

    @Activate
    public WebhookTelephonyDriver(@Reference CallEventSink sink, BundleContext context, Map<String, Object> properties) {
        this(key -> {
            Object value = properties.get(key);
            return value != null ? value.toString() : context.getProperty(key);
        }, sink, Clock.systemUTC());
    }

    /**
     * Starts the endpoint unless the settings say to stay idle.
     *
     * @param configuration answers a setting's value by its property name, or {@code null}
     */
    public WebhookTelephonyDriver(Function<String, String> configuration, CallEventSink sink, Clock clock) {
        WebhookEndpoint started = null;
        String described;
        WebhookSettings settings = null;
        try {
            settings = WebhookSettings.read(configuration);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "Voice webhook configuration refused: " + e.getMessage());
        }
        if (settings == null) {
            described = "not started: " + WebhookSettings.PORT + " is not a port number (0..65535)";
        } else if (settings.idleReason().isPresent()) {
            described = settings.idleReason().get();
        } else {
            try {
                started = new WebhookEndpoint(settings, sink, clock);
                described = "listening on " + started.url()
                        + (settings.publicUrl().isEmpty() ? "" : ", signed as " + settings.publicUrl());
            } catch (IOException | RuntimeException e) {
                described = "not started: cannot listen on " + settings.address() + ":" + settings.port() + ": " + e;
                LOG.log(Level.ERROR, "Voice webhook " + described, e);
            }
        }
        endpoint = started;
        state = described;
        LOG.log(Level.INFO, "Voice webhook {0}", state);
    }

    /** Stops listening; a request in progress may finish. */
    @Deactivate
    public void close() {
        if (endpoint != null) {
            endpoint.close();
            LOG.log(Level.INFO, "Voice webhook stopped listening on {0}", endpoint.url());
        }
    }

    @Override
    public String name() {
        return VoiceWebhook.DRIVER;
    }

    @Override
    public String describe() {
        return "Voice webhook: " + state;
    }

    /** Whether the endpoint is listening; the provider connects per request, so this is all we know. */
    @Override
    public boolean connected() {
        return endpoint != null;
    }

    /** The bound port, for tests that asked for any free port. */
    public Optional<Integer> port() {
        return Optional.ofNullable(endpoint).map(e -> e.address().getPort());
    }
}
