package org.cardfile.store.jpa.tests;

/** {@link CardsTest} on PostgreSQL. */
class CardsOnPostgresTest extends CardsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
