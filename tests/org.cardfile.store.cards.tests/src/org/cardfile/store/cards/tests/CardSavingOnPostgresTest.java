package org.cardfile.store.cards.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CardSavingTest} on PostgreSQL. */
class CardSavingOnPostgresTest extends CardSavingTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
