package org.cardfile.server.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cardfile.server.ServiceDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the highest-ranked registered service of a type, tracked so each call is a map lookup. */
public final class RegistryServiceDirectory implements ServiceDirectory, AutoCloseable {
    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    public RegistryServiceDirectory(BundleContext context) {
        this.context = context;
    }

    @Override
    public Optional<Object> find(Class<?> service) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(service, type -> {
            ServiceTracker<?, ?> t = new ServiceTracker<>(context, type.getName(), null);
            t.open();
            return t;
        });
        return Optional.ofNullable(tracker.getService());
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
    }
}
