package org.cardfile.telephony.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.TelephonyDriver;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** Felix SCR registers the driver once a sink exists; with no AMI settings in the framework it stays idle and says so. */
class DeclarativeServicesTest {

    @Test
    void theDriverRegistersThroughDsAndReportsItIsIdle() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        ServiceRegistration<CallEventSink> registration = context.registerService(CallEventSink.class,
                new RecordingSink(), null);
        ServiceTracker<TelephonyDriver, TelephonyDriver> tracker = new ServiceTracker<>(context, TelephonyDriver.class,
                null);
        try {
            tracker.open();
            TelephonyDriver driver = tracker.waitForService(20_000);
            assertNotNull(driver, "the AMI driver was not registered by DS");
            assertEquals("asterisk", driver.name());
            assertFalse(driver.connected());
            assertTrue(driver.describe().contains("idle") && driver.describe().contains("cardfile.telephony.ami.host"),
                    driver.describe());
        } finally {
            tracker.close();
            registration.unregister();
        }
    }
}
