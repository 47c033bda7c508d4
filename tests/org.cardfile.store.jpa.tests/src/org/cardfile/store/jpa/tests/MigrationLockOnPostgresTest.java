package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.jpa.foundation.db.StoreSchema;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@link MigrationLockTest} on PostgreSQL, and what only a shared database has: two workstations
 * starting at the same moment.
 */
class MigrationLockOnPostgresTest extends MigrationLockTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }

    /** Two workstations started at once on a new shared database: both open it, each step runs once. */
    @Test
    void twoStartsAtOnceOnANewDatabaseBothOpenItAndEachStepRunsOnce() throws Exception {
        TestDatabase db = TestDatabase.create(kind(), "two-starts");
        ExecutorService starts = Executors.newFixedThreadPool(2);
        List<JpaStore> opened = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<JpaStore> start = () -> {
                together.await();
                return new JpaStore(db.config());
            };
            List<Future<JpaStore>> both = List.of(starts.submit(start), starts.submit(start));
            for (Future<JpaStore> store : both) {
                opened.add(store.get());
            }
            assertEquals(opened.get(0).latestSchemaVersion(StoreSchema.schema()),
                    opened.get(1).schemaVersion(StoreSchema.CAPABILITY));
            try (Database check = Database.open(db.config()); Connection c = check.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT ID) FROM DATABASECHANGELOG"
                            + " WHERE FILENAME = 'store'")) {
                rs.next();
                assertEquals(opened.get(0).latestSchemaVersion(StoreSchema.schema()), rs.getInt(1));
                assertEquals(rs.getInt(1), rs.getInt(2), "no step recorded twice");
            }
        } finally {
            starts.shutdownNow();
            opened.forEach(JpaStore::close);
            db.close();
        }
    }
}
