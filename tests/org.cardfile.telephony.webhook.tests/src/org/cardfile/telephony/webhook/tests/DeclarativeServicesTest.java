package org.cardfile.telephony.webhook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.TelephonyDriver;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Felix SCR starts the driver from the framework properties the test JVM gets (port 0, a token), with
 * the JDK's HTTP server resolved through the bundle's imports, once a sink is registered.
 */
class DeclarativeServicesTest {

    @Test
    void theDriverComesUpThroughDsAndDeliversToTheRegisteredSink() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        RecordingSink sink = new RecordingSink();
        ServiceRegistration<CallEventSink> registration = context.registerService(CallEventSink.class, sink, null);
        ServiceTracker<TelephonyDriver, TelephonyDriver> tracker = new ServiceTracker<>(context, TelephonyDriver.class,
                null);
        try {
            tracker.open();
            TelephonyDriver driver = tracker.waitForService(20_000);
            assertNotNull(driver, "the webhook driver was not registered by DS");
            assertEquals("webhook", driver.name());
            assertTrue(driver.connected(), driver.describe());
            String url = driver.describe().replaceAll(".*listening on (\\S+).*", "$1");
            URI uri = URI.create(url);
            WebhookClient client = new WebhookClient(uri.getPort(), uri.getPath());
            Map<String, String> form = Map.of("CallSid", "CAds", "From", "+12175550142", "To", "+18005550199",
                    "CallStatus", "ringing");
            assertEquals(200, client.post(form, TwilioSigner.sign("ds-test-token", client.url(), form)).statusCode());
            assertEquals(CallStatus.RINGING, sink.delivered().get(0).status());
        } finally {
            tracker.close();
            registration.unregister();
        }
    }
}
