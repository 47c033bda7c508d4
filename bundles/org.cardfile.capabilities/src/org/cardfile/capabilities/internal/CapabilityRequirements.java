package org.cardfile.capabilities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cardfile.core.capabilities.Capability;

/**
 * What the installed capabilities need of each other ({@code requires}): a capability whose
 * requirement is off, or not installed, is off too, so the cards go when the incoming calls they
 * link to are switched off, and come back with them.
 */
final class CapabilityRequirements {
    private final Map<String, Capability> byId = new LinkedHashMap<>();

    CapabilityRequirements(List<InstalledCapability> installed) {
        installed.forEach(i -> byId.put(i.capability().id(), i.capability()));
    }

    /** The installed capability of that id. */
    Optional<Capability> capability(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The switched-off capabilities and every installed one that needs one of them. */
    Set<String> offWith(Set<String> switchedOff) {
        Set<String> off = new LinkedHashSet<>(switchedOff);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Capability c : byId.values()) {
                if (!off.contains(c.id()) && c.requires().stream().anyMatch(r -> off.contains(r) || !byId.containsKey(r))) {
                    off.add(c.id());
                    grew = true;
                }
            }
        }
        return off;
    }

    /** The names of what {@code capability} requires that is off or not installed. */
    List<String> missing(Capability capability, Set<String> off) {
        List<String> names = new ArrayList<>();
        for (String required : capability.requires()) {
            Capability known = byId.get(required);
            if (known == null) {
                names.add(required + " (not installed)");
            } else if (off.contains(required)) {
                names.add(known.name());
            }
        }
        return names;
    }

    /** The capabilities that are on now and would go off with {@code capability}, by name. */
    List<Capability> goingOffWith(String capability, Set<String> off) {
        Set<String> after = new LinkedHashSet<>(off);
        after.add(capability);
        List<Capability> going = new ArrayList<>();
        for (String id : offWith(after)) {
            if (!off.contains(id) && !id.equals(capability)) {
                going.add(byId.get(id));
            }
        }
        going.sort(Comparator.comparing(Capability::name));
        return going;
    }
}
