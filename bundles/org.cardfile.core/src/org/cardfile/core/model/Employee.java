package org.cardfile.core.model;

import java.util.Set;

/** A person who signs in. The password hash never leaves the store. */
public record Employee(long id, String login, String displayName, long officeId, Set<Role> roles, boolean active) {
    public Employee {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
