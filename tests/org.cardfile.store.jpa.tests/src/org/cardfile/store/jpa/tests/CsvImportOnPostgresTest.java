package org.cardfile.store.jpa.tests;

import org.cardfile.store.testsupport.TestDatabase;

/** {@link CsvImportTest} on PostgreSQL. */
class CsvImportOnPostgresTest extends CsvImportTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
