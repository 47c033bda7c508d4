package org.cardfile.ui.internal.handlers;

import org.cardfile.core.service.DataImport;

public class ImportCustomersHandler extends ImportHandler {
    public ImportCustomersHandler() {
        super("customers", DataImport::importCustomers);
    }
}
