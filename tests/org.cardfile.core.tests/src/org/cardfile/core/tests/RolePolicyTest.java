package org.cardfile.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Office;
import org.cardfile.core.model.Role;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.junit.jupiter.api.Test;

class RolePolicyTest {

    private static Session sessionOf(Role... roles) {
        Employee e = new Employee(7, "pat", "Pat Doe", 1, Set.of(roles), true);
        return new Session("t", e, new Office(1, "SPR", "Springfield", "US"), Instant.now());
    }

    @Test
    void warehouseRepKeepsStockButCannotEditCustomers() {
        Session warehouse = sessionOf(Role.WAREHOUSE_REP);
        assertTrue(warehouse.may(Permission.CHANGE_STOCK));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> warehouse.require(Permission.EDIT_CUSTOMERS));
        assertEquals("Pat Doe (pat) may not add or change customer records.", denied.getMessage());
    }

    @Test
    void clientMaintainsProductDetailsButNotStock() {
        Session client = sessionOf(Role.CLIENT);
        assertTrue(client.may(Permission.EDIT_PRODUCTS));
        assertFalse(client.may(Permission.CHANGE_STOCK));
    }

    @Test
    void onlyAdminsManageUsers() {
        for (Role role : Role.values()) {
            assertEquals(role == Role.ADMIN, sessionOf(role).may(Permission.MANAGE_USERS), role.name());
        }
    }

    @Test
    void anyGrantingRoleOfSeveralIsEnough() {
        assertTrue(sessionOf(Role.CLIENT, Role.WAREHOUSE_REP).may(Permission.CHANGE_STOCK));
    }
}
