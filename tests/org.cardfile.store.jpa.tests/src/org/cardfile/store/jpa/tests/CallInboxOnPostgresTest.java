package org.cardfile.store.jpa.tests;

/** {@link CallInboxTest} on PostgreSQL. */
class CallInboxOnPostgresTest extends CallInboxTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
