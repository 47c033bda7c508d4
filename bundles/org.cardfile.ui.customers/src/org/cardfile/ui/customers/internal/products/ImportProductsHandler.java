package org.cardfile.ui.customers.internal.products;

import org.cardfile.ui.internal.handlers.ImportHandler;
import org.cardfile.core.service.DataImport;

public class ImportProductsHandler extends ImportHandler<DataImport> {
    public ImportProductsHandler() {
        super("products", DataImport.class, DataImport::importProducts);
    }
}
