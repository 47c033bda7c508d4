package org.cardfile.reports.internal;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link ShippedReportsTest} on PostgreSQL. */
class ShippedReportsOnPostgresTest extends ShippedReportsTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
