package org.cardfile.store.jpa.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CustomerSearchTest} on PostgreSQL. */
class CustomerSearchOnPostgresTest extends CustomerSearchTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
