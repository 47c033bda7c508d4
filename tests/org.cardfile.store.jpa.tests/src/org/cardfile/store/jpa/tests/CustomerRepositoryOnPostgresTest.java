package org.cardfile.store.jpa.tests;

/** {@link CustomerRepositoryTest} on PostgreSQL. */
class CustomerRepositoryOnPostgresTest extends CustomerRepositoryTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
