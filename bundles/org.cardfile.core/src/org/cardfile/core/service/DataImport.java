package org.cardfile.core.service;

import java.io.Reader;

import org.cardfile.core.security.Session;

/**
 * Imports customers or products from CSV with a header row. Valid rows are committed in one
 * transaction; rows that fail are listed with their line and reason; cancelling commits nothing.
 */
public interface DataImport {

    ImportResult importCustomers(Session session, Reader csv, ImportProgress progress);

    ImportResult importProducts(Session session, Reader csv, ImportProgress progress);
}
