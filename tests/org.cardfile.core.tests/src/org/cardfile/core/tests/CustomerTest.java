package org.cardfile.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static Customer named(String first, String last, String company) {
        return new Customer(0, 0, "C-1", first, last, company, Address.EMPTY, List.of(), List.of(), "", 1);
    }

    @Test
    void displayNameCombinesPersonAndCompany() {
        assertEquals("Ada Lovelace", named("Ada", "Lovelace", "").displayName());
        assertEquals("Ada Lovelace (Analytical Ltd)", named("Ada", "Lovelace", "Analytical Ltd").displayName());
        assertEquals("Analytical Ltd", named("", "", "Analytical Ltd").displayName());
    }

    @Test
    void addressOneLineSkipsEmptyParts() {
        assertEquals("1 Main St, Springfield, 12345",
                new Address("1 Main St", "Springfield", null, "12345", "").oneLine());
    }
}
