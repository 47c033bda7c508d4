package org.cardfile.store.reports.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link ReportingViewsTest} on PostgreSQL. */
class ReportingViewsOnPostgresTest extends ReportingViewsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
