package org.cardfile.core.security;

import java.time.Instant;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Office;

/**
 * Proof that an employee signed in. Every service call takes one, and every query is scoped to
 * {@link #office()} and checked against the employee's roles.
 */
public record Session(String token, Employee employee, Office office, Instant signedInAt) {

    public long officeId() {
        return office.id();
    }

    public boolean may(Permission permission) {
        return RolePolicy.allows(employee.roles(), permission);
    }

    /** Throws {@link AccessDeniedException} with a message a user can read when the role does not allow it. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(employee.displayName() + " (" + employee.login() + ") may not "
                    + permission.description() + ".");
        }
    }
}
