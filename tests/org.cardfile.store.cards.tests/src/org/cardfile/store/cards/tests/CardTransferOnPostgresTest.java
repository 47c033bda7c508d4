package org.cardfile.store.cards.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CardTransferTest} on PostgreSQL. */
class CardTransferOnPostgresTest extends CardTransferTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
