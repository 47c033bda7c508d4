package org.cardfile.ui.internal.capabilities;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cardfile.core.capabilities.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The bundles of this workstation that belong to given capabilities. Their ids are the prefixes of
 * the model elements they contribute (every fragment's element ids start with its bundle's id),
 * which is how the workbench finds what to hide.
 */
final class LocalCapabilityBundles {
    private final BundleContext context;

    LocalCapabilityBundles(BundleContext context) {
        this.context = context;
    }

    /** The symbolic names of the local bundles that declare any of {@code capabilities}. */
    Set<String> of(Set<String> capabilities) {
        Set<String> names = new LinkedHashSet<>();
        if (capabilities.isEmpty()) {
            return names;
        }
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability declared : revision.getDeclaredCapabilities(Capability.NAMESPACE)) {
                if (capabilities.contains(declared.getAttributes().get(Capability.NAMESPACE))) {
                    names.add(bundle.getSymbolicName());
                }
            }
        }
        return names;
    }
}
