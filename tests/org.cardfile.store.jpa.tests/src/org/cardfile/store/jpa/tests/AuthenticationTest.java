package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Role;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.security.Session;
import org.cardfile.store.testsupport.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private static StoreFixture f;

    @BeforeAll
    static void demo() throws Exception {
        f = StoreFixture.withDemoData("auth");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        AuthenticationException wrong = assertThrows(AuthenticationException.class,
                () -> f.auth.signIn("alice", "Cardfile".toCharArray()));
        AuthenticationException unknown = assertThrows(AuthenticationException.class,
                () -> f.auth.signIn("mallory", "cardfile".toCharArray()));
        assertEquals("Unknown login or wrong password.", wrong.getMessage());
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void passwordsAreStoredAsSaltedSlowHashes() {
        String hash = f.store.read(em -> (String) em.createNativeQuery(
                "SELECT PASSWORD_HASH FROM EMPLOYEE WHERE LOGIN = 'alice'").getSingleResult());
        String other = f.store.read(em -> (String) em.createNativeQuery(
                "SELECT PASSWORD_HASH FROM EMPLOYEE WHERE LOGIN = 'walter'").getSingleResult());
        assertFalse(hash.contains("cardfile"));
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertFalse(hash.equals(other), "same password, different salt");
    }

    @Test
    void onlyAdminsManageUsersAndAnInactiveEmployeeCannotSignIn() {
        Session alice = f.signIn("alice");
        Employee newcomer = new Employee(0, "nina", "Nina New", 0, Set.of(Role.CALL_CENTER_REP), true);
        assertThrows(AccessDeniedException.class, () -> f.employees.save(alice, newcomer, "long enough".toCharArray()));
        Session admin = f.signIn("admin");
        Employee nina = f.employees.save(admin, newcomer, "long enough".toCharArray());
        Session ninaSession = f.auth.signIn("nina", "long enough".toCharArray());
        assertEquals("Springfield Leasing Office", ninaSession.office().name());
        f.employees.save(admin, new Employee(nina.id(), "nina", "Nina New", 0, nina.roles(), false), null);
        assertThrows(AuthenticationException.class, () -> f.auth.signIn("nina", "long enough".toCharArray()));
    }

    @Test
    void sessionsCarryTheEmployeesOfficeAndRoles() {
        Session rita = f.signIn("rita");
        assertEquals("Shelbyville Repair Facility", rita.office().name());
        assertEquals(Set.of(Role.REPAIR_REP), rita.employee().roles());
    }
}
