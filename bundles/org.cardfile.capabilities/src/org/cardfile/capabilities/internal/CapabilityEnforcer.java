package org.cardfile.capabilities.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cardfile.core.capabilities.Capabilities;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.promise.Promise;
import org.osgi.util.promise.Promises;

/**
 * Keeps this installation's components in line with the switches: at start, after every switch
 * (heard here, or pushed from the server to a workstation) and when a bundle of a switched-off
 * capability starts later. Only the installation-wide switch disables components; a capability
 * switched off for one office keeps running for the others and hides only there.
 */
@Component(immediate = true, service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "="
        + Capabilities.CHANGED)
public class CapabilityEnforcer implements EventHandler {
    private static final System.Logger LOG = System.getLogger(CapabilityEnforcer.class.getName());
    private static final long COMPONENTS_TIMEOUT_MS = 30_000;

    private final BundleContext context;
    private final InstalledCapabilities installed;
    private final ComponentSwitch components;
    private final BundleListener starting = this::bundleChanged;
    /** Enforcing asks the server on a workstation: never on the framework's or the publisher's thread. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Cardfile capability switches");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Capabilities capabilities;
    private volatile EventAdmin events;

    @Activate
    public CapabilityEnforcer(BundleContext context, @Reference ServiceComponentRuntime runtime) {
        this.context = context;
        this.installed = new InstalledCapabilities(context);
        this.components = new ComponentSwitch(runtime);
        context.addBundleListener(starting);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(starting);
        worker.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindCapabilities(Capabilities service) {
        capabilities = service;
        enforceSoon();
    }

    void unbindCapabilities(Capabilities service) {
        if (capabilities == service) {
            capabilities = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindEvents(EventAdmin service) {
        events = service;
    }

    void unbindEvents(EventAdmin service) {
        if (events == service) {
            events = null;
        }
    }

    @Override
    public void handleEvent(Event event) {
        enforceSoon();
    }

    /** Only a capability's own bundles bring components to switch; the framework's hundreds do not. */
    private void bundleChanged(BundleEvent event) {
        if ((event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.LAZY_ACTIVATION)
                && InstalledCapabilities.declaresOne(event.getBundle())) {
            enforceSoon();
        }
    }

    /** A burst of bundle starts or switches is enforced once. */
    private void enforceSoon() {
        if (queued.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                queued.set(false);
                enforce();
            });
        }
    }

    /** Disables what is switched off everywhere and enables the rest; runs on the worker only. */
    private void enforce() {
        Capabilities service = capabilities;
        if (service == null) {
            return;
        }
        Set<String> off;
        try {
            off = service.switchedOffEverywhere();
        } catch (RuntimeException e) {
            // a workstation whose server is not reachable yet: the next switch or reconnection tries again
            LOG.log(Level.WARNING, "Could not read which capabilities are switched off: " + e.getMessage(), e);
            return;
        }
        List<Promise<Void>> pending = new ArrayList<>();
        for (InstalledCapability i : installed.all()) {
            pending.addAll(components.apply(i.capability().id(), i.bundles(), !off.contains(i.capability().id())));
        }
        awaitComponents(pending);
        EventAdmin publisher = events;
        if (publisher != null) {
            publisher.postEvent(new Event(Capabilities.ENFORCED, Map.of(Capabilities.ENFORCED_OFF,
                    off.stream().sorted().toArray(String[]::new))));
        }
    }

    /**
     * SCR switches components on its own thread; a workbench that showed a part before its services
     * were back would build it without them. A component SCR does not finish in time is logged and the
     * workbench told anyway: a part missing a service says so, and the next switch tries again.
     */
    private void awaitComponents(List<Promise<Void>> pending) {
        try {
            Throwable failure = Promises.all(pending).timeout(COMPONENTS_TIMEOUT_MS).getFailure();
            if (failure != null) {
                LOG.log(Level.WARNING, "Not every component followed the switches: " + failure, failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
