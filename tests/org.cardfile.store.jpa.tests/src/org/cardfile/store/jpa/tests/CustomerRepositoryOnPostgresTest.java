package org.cardfile.store.jpa.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CustomerRepositoryTest} on PostgreSQL. */
class CustomerRepositoryOnPostgresTest extends CustomerRepositoryTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
