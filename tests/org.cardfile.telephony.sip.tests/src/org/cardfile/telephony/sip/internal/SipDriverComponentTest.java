package org.cardfile.telephony.sip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.TelephonyDriver;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The driver as Declarative Services runs it: it waits for a sink, and without a port it stays idle. */
class SipDriverComponentTest {

    @Test
    void driverRegistersOnceASinkExistsAndStaysIdleWithoutAPort() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(SipDriverComponent.class);
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        }
        BundleContext context = bundle.getBundleContext();
        ServiceRegistration<CallEventSink> sink = context.registerService(CallEventSink.class, new RecordingSink(),
                null);
        ServiceTracker<TelephonyDriver, TelephonyDriver> drivers = new ServiceTracker<>(context, TelephonyDriver.class,
                null);
        drivers.open();
        try {
            TelephonyDriver driver = drivers.waitForService(10_000);
            assertNotNull(driver, "the SIP driver registers when a CallEventSink is there (is Felix SCR running?)");
            assertEquals("sip", driver.name());
            assertFalse(driver.connected());
            assertTrue(driver.describe().contains("idle") && driver.describe().contains("cardfile.telephony.sip.port"),
                    driver.describe());
        } finally {
            drivers.close();
            sink.unregister();
        }
    }

    @Test
    void componentPropertiesWinOverFrameworkPropertiesWhichWinOverDefaults() {
        Map<String, Object> component = Map.of("port", 5070, "transport", "tcp");
        Map<String, String> framework = Map.of("cardfile.telephony.sip.port", "5060",
                "cardfile.telephony.sip.address", "10.0.0.5", "cardfile.telephony.sip.ring.millis", "750");
        SipConfig config = SipConfig.read(component::get, framework::get);
        assertEquals(5070, config.port());
        assertEquals("10.0.0.5", config.address());
        assertEquals(java.util.List.of("tcp"), config.transports());
        assertEquals(750, config.ringTime().toMillis());

        SipConfig defaults = SipConfig.read(k -> null, k -> null);
        assertFalse(defaults.configured());
        assertEquals("127.0.0.1", defaults.address());
        assertEquals(java.util.List.of("udp", "tcp"), defaults.transports());
        assertEquals(SipConfig.DEFAULT_RING_TIME, defaults.ringTime());
    }
}
