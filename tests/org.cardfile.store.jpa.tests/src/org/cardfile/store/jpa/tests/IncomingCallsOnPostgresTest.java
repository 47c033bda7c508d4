package org.cardfile.store.jpa.tests;

/** {@link IncomingCallsTest} on PostgreSQL. */
class IncomingCallsOnPostgresTest extends IncomingCallsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
