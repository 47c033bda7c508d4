package org.cardfile.ui.customers.internal;

import org.cardfile.ui.internal.handlers.ImportHandler;
import org.cardfile.core.service.DataImport;

public class ImportCustomersHandler extends ImportHandler<DataImport> {
    public ImportCustomersHandler() {
        super("customers", DataImport.class, DataImport::importCustomers);
    }
}
