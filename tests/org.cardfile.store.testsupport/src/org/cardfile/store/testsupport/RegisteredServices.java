package org.cardfile.store.testsupport;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for a service Felix SCR registers once its references are satisfied. */
public final class RegisteredServices {
    private RegisteredServices() {
    }

    /** The service of the type, once registered; fails after 20 seconds naming the type. */
    public static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        if (service == null) {
            throw new AssertionError(type.getSimpleName() + " was not registered by DS");
        }
        return service;
    }
}
