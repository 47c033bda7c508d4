package org.cardfile.store.calls.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link IncomingCallsTest} on PostgreSQL. */
class IncomingCallsOnPostgresTest extends IncomingCallsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
