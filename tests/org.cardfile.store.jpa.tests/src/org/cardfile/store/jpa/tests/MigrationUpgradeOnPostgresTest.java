package org.cardfile.store.jpa.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link MigrationUpgradeTest} on PostgreSQL: every migration runs there, from version 1 up. */
class MigrationUpgradeOnPostgresTest extends MigrationUpgradeTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
