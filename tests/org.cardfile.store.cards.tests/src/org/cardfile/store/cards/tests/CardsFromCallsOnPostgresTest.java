package org.cardfile.store.cards.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CardsFromCallsTest} on PostgreSQL. */
class CardsFromCallsOnPostgresTest extends CardsFromCallsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
