package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.model.Product;
import org.cardfile.core.model.Purchase;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.internal.PasswordHasher;
import org.cardfile.store.jpa.internal.db.Database;
import org.cardfile.store.jpa.internal.db.Migrations;
import org.junit.jupiter.api.Test;

/** A database written by the first release (schema 1) opens in this one, upgraded, with its data. */
class MigrationUpgradeTest {
    /** The database the test upgrades; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @Test
    void aVersionOneDatabaseIsUpgradedInPlaceAndKeepsItsData() throws Exception {
        TestDatabase db = TestDatabase.create(kind(), "upgrade");
        try (Database v1 = Database.open(db.config())) {
            Migrations migrations = new Migrations(v1, Migrations.class.getClassLoader());
            assertEquals(1, migrations.migrateTo(1));
            try (Connection c = v1.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO OFFICE (ID, CODE, NAME, DEFAULT_REGION, NEXT_CUSTOMER_NUMBER)"
                        + " VALUES (1, 'OLD', 'Old Office', 'US', 2)");
                s.execute("INSERT INTO EMPLOYEE (ID, VERSION, LOGIN, DISPLAY_NAME, OFFICE_ID, ROLES, ACTIVE, PASSWORD_HASH)"
                        + " VALUES (2, 1, 'olga', 'Olga Old', 1, 'ADMIN', 1, '"
                        + new PasswordHasher().hash("cardfile".toCharArray()) + "')");
                s.execute("INSERT INTO PRODUCT (ID, VERSION, OFFICE_ID, SKU, SKU_KEY, NAME, NAME_KEY, DESCRIPTION, PRICE,"
                        + " STOCK_ON_HAND, REORDER_POINT, UPDATED_BY, UPDATED_AT) VALUES (3, 1, 1, 'OLD-1', 'OLD-1',"
                        + " 'Legacy lamp', 'LEGACY LAMP', '', 12.50, 7, 2, 'Olga Old', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO CUSTOMER (ID, VERSION, OFFICE_ID, CUSTOMER_NUMBER, CUSTOMER_NUMBER_KEY, FIRST_NAME,"
                        + " LAST_NAME, COMPANY, FIRST_NAME_KEY, LAST_NAME_KEY, COMPANY_KEY, STREET, CITY, REGION,"
                        + " POSTAL_CODE, COUNTRY, NOTES, UPDATED_BY, UPDATED_AT) VALUES (4, 1, 1, 'C-000001', 'C-000001',"
                        + " 'Otto', 'Old', '', 'OTTO', 'OLD', '', '', '', '', '', '', '', 'Olga Old', CURRENT_TIMESTAMP)");
                s.execute("UPDATE ID_SEQUENCE SET SEQ_COUNT = 100 WHERE SEQ_NAME = 'ID'");
            }
        }

        StoreFixture f = StoreFixture.at(db);
        try {
            assertEquals(Migrations.latestVersion(), new Migrations(f.store.database(),
                    Migrations.class.getClassLoader()).currentVersion());
            Session olga = f.auth.signIn("olga", "cardfile".toCharArray());
            Product lamp = f.products.findBySku(olga, "OLD-1").orElseThrow();
            assertEquals("Legacy lamp", lamp.name());
            assertEquals(7, lamp.stockOnHand());
            assertFalse(lamp.hasImage(), "the column added by version 2 defaults for old rows");
            // version 3's search indexes were built over the old rows
            assertEquals(List.of("C-000001"), f.customers.search(olga, "ott", 0, 10).rows().stream()
                    .map(CustomerSummary::customerNumber).toList());
            assertEquals(1, f.customers.count(olga, "C-0"));
            // what version 2 added works on the upgraded data
            Purchase bought = f.purchases.record(olga, new Purchase(0, 4, lamp.id(), "", "", 1, null,
                    LocalDate.now(), "SN-1"));
            assertEquals("Legacy lamp", bought.productName());
            assertTrue(f.audit.changes(olga, new org.cardfile.core.model.RecordRef(
                    org.cardfile.core.model.RecordType.CUSTOMER, 4)).stream().anyMatch(c -> c.field().equals("Purchase")));
        } finally {
            f.close();
        }
    }
}
