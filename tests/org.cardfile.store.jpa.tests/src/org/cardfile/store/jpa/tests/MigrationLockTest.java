package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Starts that change the schema do not stop each other: a start killed while migrating leaves
 * Liquibase's lock row set, and the next start still opens the database.
 */
class MigrationLockTest {
    /** The database the test uses; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @Test
    void aSchemaLockLeftByAKilledStartDoesNotStopTheNextStart() throws Exception {
        StoreFixture f = StoreFixture.withDemoData(kind(), "left-over-lock");
        try {
            f.reopenAfter(db -> {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    // what a workstation killed in the middle of an upgrade leaves behind
                    assertEquals(1, s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE,"
                            + " LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'killed-workstation (10.0.0.7)' WHERE ID = 1"));
                }
            });
            Session alice = f.signIn("alice");
            assertFalse(f.customers.search(alice, "", 0, 10).rows().isEmpty(), "the database opened and reads");
            f.reopenAfter(db -> assertFalse(locked(db), "the left-over lock was released"));
        } finally {
            f.close();
        }
    }

    private static boolean locked(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT LOCKED FROM DATABASECHANGELOGLOCK WHERE ID = 1")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
