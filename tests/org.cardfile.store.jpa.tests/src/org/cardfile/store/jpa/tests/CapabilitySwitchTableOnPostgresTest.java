package org.cardfile.store.jpa.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CapabilitySwitchTableTest} on PostgreSQL. */
class CapabilitySwitchTableOnPostgresTest extends CapabilitySwitchTableTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
