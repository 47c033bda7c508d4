package org.cardfile.capabilities.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.promise.Promise;

/**
 * Enables or disables every Declarative Services component of a capability's bundles. Disabled
 * components give up their services, so whatever needs them (a handler, the inbox's driver list)
 * sees them gone; the bundles stay installed and their data untouched.
 */
final class ComponentSwitch {
    private static final System.Logger LOG = System.getLogger(ComponentSwitch.class.getName());

    private final ServiceComponentRuntime runtime;

    ComponentSwitch(ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Brings every component of the bundles to {@code on}, logging each that changes; the promises
     * resolve once SCR has done it (a component switched on has registered its service by then).
     */
    List<Promise<Void>> apply(String capability, List<Bundle> bundles, boolean on) {
        List<Promise<Void>> done = new ArrayList<>();
        for (ComponentDescriptionDTO component : runtime.getComponentDescriptionDTOs(bundles.toArray(Bundle[]::new))) {
            if (runtime.isComponentEnabled(component) == on) {
                continue;
            }
            done.add(on ? runtime.enableComponent(component) : runtime.disableComponent(component));
            LOG.log(Level.INFO, "{0} component {1} of capability {2}", on ? "Enabled" : "Disabled", component.name,
                    capability);
        }
        return done;
    }
}
