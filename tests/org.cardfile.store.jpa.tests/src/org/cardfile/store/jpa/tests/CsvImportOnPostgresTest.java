package org.cardfile.store.jpa.tests;

/** {@link CsvImportTest} on PostgreSQL. */
class CsvImportOnPostgresTest extends CsvImportTest {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
