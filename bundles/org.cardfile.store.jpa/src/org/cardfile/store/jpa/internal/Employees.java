package org.cardfile.store.jpa.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Office;
import org.cardfile.core.model.Role;
import org.cardfile.store.jpa.foundation.entity.EmployeeEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;

/** Record ↔ entity copies for employees and offices. */
final class Employees {
    private Employees() {
    }

    static Employee toRecord(EmployeeEntity e) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(e.roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new Employee(e.id, e.login, e.displayName, e.officeId, roles, e.active);
    }

    static String roles(Set<Role> roles) {
        return EmployeeEntity.rolesColumn(roles);
    }

    static Office toRecord(OfficeEntity o) {
        return new Office(o.id, o.code, o.name, o.defaultRegion);
    }
}
