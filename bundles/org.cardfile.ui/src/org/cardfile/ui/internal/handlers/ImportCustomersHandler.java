package org.cardfile.ui.internal.handlers;

import org.cardfile.core.service.DataImport;

public class ImportCustomersHandler extends ImportHandler<DataImport> {
    public ImportCustomersHandler() {
        super("customers", DataImport.class, DataImport::importCustomers);
    }
}
