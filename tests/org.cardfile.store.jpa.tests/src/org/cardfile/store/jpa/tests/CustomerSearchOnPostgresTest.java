package org.cardfile.store.jpa.tests;

/** {@link CustomerSearchTest} on PostgreSQL. */
class CustomerSearchOnPostgresTest extends CustomerSearchTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
