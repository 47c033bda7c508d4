package org.cardfile.store.cards.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CardTemplateSwitchTest} on PostgreSQL. */
class CardTemplateSwitchOnPostgresTest extends CardTemplateSwitchTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
