package org.cardfile.ui.internal.capabilities;

import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.Set;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.security.Session;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Keeps the workbench showing only what switched-on capabilities contribute: after sign-in, and on
 * every switch (from this workstation, another one, or pushed by the server), with no restart. A
 * capability switched off leaves the moment the switch is heard; one switched on comes back once
 * this installation has its components running again, so its parts are built with their services.
 */
public class CapabilityFilterAddon {
    private static final System.Logger LOG = System.getLogger(CapabilityFilterAddon.class.getName());

    private final HiddenContributions hidden = new HiddenContributions();
    /** The capabilities whose components this installation had off when it last said so. */
    private Set<String> enforcedOff = Set.of();
    private final LocalCapabilityBundles local = new LocalCapabilityBundles(
            FrameworkUtil.getBundle(CapabilityFilterAddon.class).getBundleContext());

    @Inject
    private MApplication application;

    @Inject
    @Optional
    void signedIn(Session session) {
        if (session != null) {
            apply(session);
        }
    }

    /** A switch off hides at once; a switch on shows once this installation has enforced it ({@link #enforced}). */
    @Inject
    @Optional
    void switched(@UIEventTopic(Capabilities.CHANGED) Event event) {
        applyForSignedIn();
    }

    @Inject
    @Optional
    void enforced(@UIEventTopic(Capabilities.ENFORCED) Event event) {
        enforcedOff = event.getProperty(Capabilities.ENFORCED_OFF) instanceof String[] ids ? Set.of(ids) : Set.of();
        applyForSignedIn();
    }

    private void applyForSignedIn() {
        if (application.getContext().get(Session.class) instanceof Session session) {
            apply(session);
        }
    }

    private void apply(Session session) {
        Capabilities capabilities = application.getContext().get(Capabilities.class);
        if (capabilities == null) {
            return; // an installation without switches shows everything
        }
        Set<String> off;
        try {
            off = new HashSet<>(capabilities.switchedOff(session));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read which features are switched off; the workbench shows all of them", e);
            return;
        }
        // an ENFORCED still on its way from before a switch on says the capability is off: it waits for the next
        off.addAll(enforcedOff);
        hidden.apply(application, local.of(off));
    }
}
