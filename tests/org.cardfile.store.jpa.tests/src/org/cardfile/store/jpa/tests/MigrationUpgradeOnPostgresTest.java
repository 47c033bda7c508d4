package org.cardfile.store.jpa.tests;

/** {@link MigrationUpgradeTest} on PostgreSQL: every migration runs there, from version 1 up. */
class MigrationUpgradeOnPostgresTest extends MigrationUpgradeTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
