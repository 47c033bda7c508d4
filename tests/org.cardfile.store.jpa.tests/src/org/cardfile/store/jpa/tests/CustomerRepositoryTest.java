package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

@TestInstance(Lifecycle.PER_CLASS)
class CustomerRepositoryTest {
    private StoreFixture f;
    private Session alice;

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "customers");
        alice = f.signIn("alice");
    }

    @AfterAll
    void close() {
        f.close();
    }

    private static Customer newCustomer(String first, String last, String phone, String email) {
        return new Customer(0, 0, "", first, last, "", new Address("1 Elm St", "Springfield", "IL", "62701", "US"),
                List.of(Phone.of(PhoneType.MOBILE, phone)), List.of(new Email("home", email)), "", 0);
    }

    @Test
    void newCustomerGetsNumberAndE164PhoneAndSurvivesRestart() {
        Customer saved = f.customers.save(alice, newCustomer("Grace", "Hopper", "(217) 555-0377", "grace@example.com"));
        assertTrue(saved.customerNumber().matches("C-\\d{6}"), saved.customerNumber());
        assertEquals("+12175550377", saved.phones().get(0).e164());
        f.reopen();
        Customer reloaded = f.customers.get(alice, saved.id());
        assertEquals(saved, reloaded);
        assertEquals("Grace Hopper", reloaded.displayName());
    }

    @Test
    void phoneLookupFindsTheCustomerWhateverTheFormat() {
        for (String typed : List.of("(217) 555-0142", "217.555.0142", "+1 217 555 0142", "2175550142")) {
            List<Customer> found = f.customers.findByPhone(alice, typed);
            assertEquals(1, found.size(), typed);
            assertEquals("Ben Baker", found.get(0).displayName(), typed);
        }
        assertEquals(List.of(), f.customers.findByPhone(alice, "not a number"));
    }

    @Test
    void searchAsYouTypeMatchesNamePhoneEmailAndNumber() {
        assertTrue(names(f.customers.search(alice, "bak", 0, 50).rows()).contains("Ben Baker"));
        assertTrue(names(f.customers.search(alice, "ben baker", 0, 50).rows()).contains("Ben Baker"));
        assertTrue(names(f.customers.search(alice, "baker ben", 0, 50).rows()).contains("Ben Baker"));
        assertEquals(List.of("Ben Baker"), names(f.customers.search(alice, "(217) 555-014", 0, 50).rows()).stream()
                .filter(n -> n.equals("Ben Baker")).toList());
        assertEquals(List.of("Ben Baker"), names(f.customers.search(alice, "ben.baker@", 0, 50).rows()));
        Customer ben = f.customers.findByEmail(alice, "BEN.BAKER@example.com").get(0);
        assertEquals(List.of("Ben Baker"), names(f.customers.search(alice, ben.customerNumber(), 0, 50).rows()));
        CustomerSummary row = f.customers.search(alice, "ben.baker@", 0, 1).rows().get(0);
        assertEquals("+12175550142", row.phone());
        assertEquals("ben.baker@example.com", row.email());
    }

    @Test
    void pagesOfTheWholeListAddUpToTheCount() {
        long count = f.customers.count(alice, "");
        assertTrue(count >= 200, "count " + count);
        List<CustomerSummary> first = f.customers.search(alice, "", 0, 50).rows();
        List<CustomerSummary> second = f.customers.search(alice, "", 50, 50).rows();
        assertEquals(50, first.size());
        assertTrue(first.stream().noneMatch(a -> second.stream().anyMatch(b -> b.id() == a.id())));
        assertEquals(f.customers.count(alice, "smi"), f.customers.search(alice, "smi", 0, 1000).rows().size());
    }

    @Test
    void modifyingAuditsOldAndNewValuesWithWhoChangedIt() {
        Customer saved = f.customers.save(alice, newCustomer("Alan", "Turing", "(312) 555-0300", "alan@example.com"));
        Customer renamed = new Customer(saved.id(), saved.version(), saved.customerNumber(), "Alan", "Turing-Smith",
                saved.company(), saved.address(), saved.phones(), saved.emails(), "Prefers e-mail", saved.officeId());
        f.customers.save(alice, renamed);
        List<FieldChange> changes = f.audit.changes(alice, new RecordRef(RecordType.CUSTOMER, saved.id()));
        FieldChange lastName = changes.stream().filter(c -> c.field().equals("Last name") && !c.oldValue().isEmpty())
                .findFirst().orElseThrow();
        assertEquals("Turing", lastName.oldValue());
        assertEquals("Turing-Smith", lastName.newValue());
        assertEquals("Alice Adams", lastName.employeeName());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Notes") && c.newValue().equals("Prefers e-mail")));
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Phones") && c.oldValue().isEmpty()
                && c.newValue().equals("mobile +13125550300")), "creation audited: " + changes);
    }

    @Test
    void aStaleSaveIsRefusedInsteadOfOverwriting() {
        Customer saved = f.customers.save(alice, newCustomer("Ada", "Byron", "(630) 555-0301", "ada@example.com"));
        Session admin = f.signIn("admin");
        f.customers.save(admin, new Customer(saved.id(), saved.version(), saved.customerNumber(), "Ada", "Lovelace",
                "", saved.address(), saved.phones(), saved.emails(), "", 0));
        Customer mine = new Customer(saved.id(), saved.version(), saved.customerNumber(), "Augusta", "Byron", "",
                saved.address(), saved.phones(), saved.emails(), "", 0);
        StaleRecordException stale = assertThrows(StaleRecordException.class, () -> f.customers.save(alice, mine));
        assertTrue(stale.getMessage().startsWith("Customer " + saved.customerNumber() + " was changed by Ada Admin at "),
                stale.getMessage());
        assertTrue(stale.getMessage().endsWith("your edits are still in the editor."), stale.getMessage());
        assertEquals("Lovelace", f.customers.get(alice, saved.id()).lastName());
    }

    @Test
    void anotherOfficesCustomersAreInvisible() {
        Session rita = f.signIn("rita");
        Customer ben = f.customers.findByPhone(alice, "(217) 555-0142").get(0);
        assertThrows(NotFoundException.class, () -> f.customers.get(rita, ben.id()));
        assertEquals(List.of(), f.customers.findByPhone(rita, "(217) 555-0142"));
        assertTrue(names(f.customers.search(rita, "ben.baker", 0, 50).rows()).isEmpty());
        assertEquals(30, f.customers.count(rita, ""));
    }

    @Test
    void aWarehouseRepCannotEditCustomerContactDetails() {
        Session walter = f.signIn("walter");
        Customer ben = f.customers.findByPhone(walter, "(217) 555-0142").get(0);
        Customer changed = new Customer(ben.id(), ben.version(), ben.customerNumber(), ben.firstName(), ben.lastName(),
                ben.company(), ben.address(), List.of(Phone.of(PhoneType.WORK, "(217) 555-0999")), ben.emails(), "", 0);
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> f.customers.save(walter, changed));
        assertEquals("Walter West (walter) may not add or change customer records.", denied.getMessage());
        assertEquals("+12175550142", f.customers.get(alice, ben.id()).phones().get(0).e164());
    }

    @Test
    void badPhoneAndEmailAreReportedPerFieldAndNothingIsWritten() {
        long before = f.customers.count(alice, "");
        Customer bad = new Customer(0, 0, "", "No", "", "", Address.EMPTY,
                List.of(Phone.of(PhoneType.HOME, "(217) 555-0144"), Phone.of(PhoneType.MOBILE, "12ab")),
                List.of(new Email("", "nobody-at-example")), "", 0);
        ValidationException e = assertThrows(ValidationException.class, () -> f.customers.save(alice, bad));
        assertEquals(List.of(new FieldError("lastName", "Enter a last name or a company."),
                new FieldError("phones[1]", "Not a valid phone number for US: 12ab"),
                new FieldError("emails[0]", "Not a valid e-mail address: nobody-at-example")), e.errors());
        assertEquals(before, f.customers.count(alice, ""));
    }

    @Test
    void aForgedOrSignedOutSessionIsRefused() {
        Session bob = f.signIn("admin");
        f.auth.signOut(bob);
        assertThrows(AccessDeniedException.class, () -> f.customers.count(bob, ""));
        Session forged = new Session("guess", alice.employee(), alice.office(), alice.signedInAt());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> f.customers.count(forged, ""));
        assertEquals("Your session has ended; sign in again.", denied.getMessage());
    }

    private static List<String> names(List<CustomerSummary> rows) {
        return rows.stream().map(CustomerSummary::displayName).toList();
    }
}
