package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.model.Channel;
import org.cardfile.core.model.CodeKind;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Direction;
import org.cardfile.core.model.Interaction;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContactLogTest {
    private static StoreFixture f;

    @BeforeAll
    static void demo() throws Exception {
        f = StoreFixture.withDemoData("contacts");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aLoggedContactCarriesCodesWhoAndWhenAndComesFirst() {
        Session alice = f.signIn("alice");
        Customer ben = f.customers.findByPhone(alice, "(217) 555-0142").get(0);
        assertEquals(10, f.codes.codes(alice, CodeKind.PROBLEM).size());
        Interaction logged = f.contacts.log(alice, new InteractionDraft(ben.id(), Channel.CALL, Direction.INBOUND,
                "P01", "S01", "Replaced the power supply over the phone"));
        List<Interaction> history = f.contacts.forCustomer(alice, ben.id());
        assertEquals(logged, history.get(0));
        assertEquals("Alice Adams", logged.employeeName());
        assertEquals("P01", logged.problemCode());
    }

    @Test
    void anUnknownCodeIsRefusedOnItsField() {
        Session alice = f.signIn("alice");
        Customer ben = f.customers.findByPhone(alice, "(217) 555-0142").get(0);
        int before = f.contacts.forCustomer(alice, ben.id()).size();
        ValidationException e = assertThrows(ValidationException.class, () -> f.contacts.log(alice,
                new InteractionDraft(ben.id(), Channel.EMAIL, Direction.INBOUND, "P99", "", "")));
        assertEquals("problemCode", e.errors().get(0).field());
        assertEquals(before, f.contacts.forCustomer(alice, ben.id()).size());
        assertTrue(e.errors().get(0).message().contains("P99"));
    }
}
