package org.cardfile.reports.internal;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link AdvertisingEffectivenessReportTest} on PostgreSQL. */
class AdvertisingEffectivenessOnPostgresTest extends AdvertisingEffectivenessReportTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
