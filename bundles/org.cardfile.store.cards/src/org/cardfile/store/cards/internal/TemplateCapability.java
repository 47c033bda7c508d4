package org.cardfile.store.cards.internal;

import java.util.Optional;

import org.cardfile.core.capabilities.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/** The capability a card template belongs to: the one its bundle declares, if any. */
final class TemplateCapability {
    private TemplateCapability() {
    }

    static Optional<String> of(Object template) {
        Bundle bundle = FrameworkUtil.getBundle(template.getClass());
        BundleRevision revision = bundle == null ? null : bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return Optional.empty();
        }
        for (BundleCapability declared : revision.getDeclaredCapabilities(Capability.NAMESPACE)) {
            if (declared.getAttributes().get(Capability.NAMESPACE) instanceof String id) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
