package org.cardfile.store.cards.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link MatchingCardsAndNotesTest} on PostgreSQL. */
class MatchingCardsAndNotesOnPostgresTest extends MatchingCardsAndNotesTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
