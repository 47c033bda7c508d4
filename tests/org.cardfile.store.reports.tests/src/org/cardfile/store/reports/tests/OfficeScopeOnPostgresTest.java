package org.cardfile.store.reports.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link OfficeScopeTest} on PostgreSQL. */
class OfficeScopeOnPostgresTest extends OfficeScopeTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
