package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

@TestInstance(Lifecycle.PER_CLASS)
class CsvImportTest {
    private static final String HEADER = "customerNumber,firstName,lastName,company,street,city,region,postalCode,"
            + "country,phone,mobile,email,notes\n";
    private StoreFixture f;
    private Session admin;

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "import");
        admin = f.signIn("admin");
    }

    @AfterAll
    void close() {
        f.close();
    }

    @Test
    void goodRowsAreImportedAndBadRowsListedWithLineAndReason() {
        long before = f.customers.count(admin, "");
        String csv = HEADER
                + "IMP-1,Kim,Lee,,1 Oak Ave,Chicago,IL,60601,US,(312) 555-0401,,kim@example.com,\n"
                + "IMP-2,Bad,Phone,,,,,,,12ab,,,\n"
                + "IMP-3,\"Quoted, Name\",Park,,,,,,,,(630) 555-0402,,\"likes \"\"quotes\"\"\"\n"
                + "IMP-1,Dup,Number,,,,,,,,,,\n"
                + ",,,,,,,,,,,,\n"
                + "C-000001,Already,There,,,,,,,,,,\n";
        ImportResult result = f.imports.importCustomers(admin, new StringReader(csv), ImportProgress.NONE);
        assertEquals(2, result.imported());
        assertEquals(List.of(3L, 5L, 6L, 7L), result.rejected().stream().map(ImportResult.RejectedRow::line).toList());
        assertTrue(result.rejected().get(0).reason().contains("Not a valid phone number for US: 12ab"),
                result.rejected().toString());
        assertTrue(result.rejected().get(1).reason().contains("IMP-1 already exists"), result.rejected().toString());
        assertEquals(before + 2, f.customers.count(admin, ""));
        assertEquals("Quoted, Name Park", f.customers.findByPhone(admin, "630-555-0402").get(0).displayName());
        assertEquals("likes \"quotes\"", f.customers.findByCustomerNumber(admin, "imp-3").orElseThrow().notes());
    }

    @Test
    void generatedNumbersStepAroundNumbersNamedLaterInTheFile() {
        Customer probe = f.customers.save(admin, new Customer(0, 0, "", "Pro", "Be", "", Address.EMPTY, List.of(),
                List.of(), "", 0));
        String nextFree = String.format("C-%06d", Integer.parseInt(probe.customerNumber().substring(2)) + 1);
        String csv = HEADER
                + ",Gene,Rated,,,,,,,(312) 555-0471,,,\n"
                + nextFree + ",Named,Later,,,,,,,,,,\n";
        ImportResult result = f.imports.importCustomers(admin, new StringReader(csv), ImportProgress.NONE);
        assertEquals(2, result.imported(), result.rejected().toString());
        assertEquals("Named Later", f.customers.findByCustomerNumber(admin, nextFree).orElseThrow().displayName());
        Customer generated = f.customers.findByPhone(admin, "312-555-0471").get(0);
        assertNotEquals(nextFree, generated.customerNumber());
        assertTrue(generated.customerNumber().matches("C-\\d{6}"), generated.customerNumber());
        Customer after = f.customers.save(admin, new Customer(0, 0, "", "After", "Import", "", Address.EMPTY,
                List.of(), List.of(), "", 0));
        assertTrue(after.customerNumber().compareTo(generated.customerNumber()) > 0,
                "the office counter moved past the imported numbers: " + after.customerNumber());
    }

    @Test
    void aCancelledImportWritesNothing() {
        long before = f.customers.count(admin, "");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("CAN-").append(i).append(",Can,Cel").append(i).append(",,,,,,,,,,\n");
        }
        ImportProgress cancelAfterTen = new ImportProgress() {
            private int rows;

            @Override
            public void worked(int n) {
                rows += n;
            }

            @Override
            public boolean isCanceled() {
                return rows >= 10;
            }
        };
        ImportResult result = f.imports.importCustomers(admin, new StringReader(csv.toString()), cancelAfterTen);
        assertTrue(result.cancelled());
        assertEquals(0, result.imported());
        assertEquals(before, f.customers.count(admin, ""));
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRefusedWithTheColumnsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.imports.importProducts(admin,
                new StringReader("sku,title\nX-1,Thing\n"), ImportProgress.NONE));
        assertTrue(e.getMessage().contains("name, description, price, stockOnHand, reorderPoint"), e.getMessage());
    }

    @Test
    void productsImportAndOnlyAdminsMayImport() {
        ImportResult result = f.imports.importProducts(admin, new StringReader(
                "sku,name,description,price,stockOnHand,reorderPoint\nNEW-1,New thing,,19.90,4,2\nNEW-2,,,abc,1,1\n"),
                ImportProgress.NONE);
        assertEquals(1, result.imported());
        assertEquals(3L, result.rejected().get(0).line());
        assertTrue(f.products.findBySku(admin, "NEW-1").orElseThrow().needsReorder() == false);
        Session alice = f.signIn("alice");
        assertThrows(AccessDeniedException.class, () -> f.imports.importProducts(alice,
                new StringReader("sku,name,description,price,stockOnHand,reorderPoint\n"), ImportProgress.NONE));
    }
}
