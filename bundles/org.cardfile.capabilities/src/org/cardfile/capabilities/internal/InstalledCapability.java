package org.cardfile.capabilities.internal;

import java.util.List;

import org.cardfile.core.capabilities.Capability;
import org.osgi.framework.Bundle;

/** A capability as installed here: what it is and the bundles that make it up. */
record InstalledCapability(Capability capability, List<Bundle> bundles) {
    InstalledCapability {
        bundles = List.copyOf(bundles);
    }
}
