package org.cardfile.store.reports.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link SharedReportsTest} on PostgreSQL. */
class SharedReportsOnPostgresTest extends SharedReportsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
