package org.cardfile.store.jpa.tests;

/** {@link CapabilitySwitchTableTest} on PostgreSQL. */
class CapabilitySwitchTableOnPostgresTest extends CapabilitySwitchTableTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
