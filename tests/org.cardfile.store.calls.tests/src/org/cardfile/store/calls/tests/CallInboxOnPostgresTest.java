package org.cardfile.store.calls.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CallInboxTest} on PostgreSQL. */
class CallInboxOnPostgresTest extends CallInboxTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
