package org.cardfile.store.calls.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CallHoursTest} on PostgreSQL. */
class CallHoursOnPostgresTest extends CallHoursTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
