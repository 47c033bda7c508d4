package org.cardfile.ui.internal.handlers;

import org.cardfile.core.service.DataImport;

public class ImportProductsHandler extends ImportHandler<DataImport> {
    public ImportProductsHandler() {
        super("products", DataImport.class, DataImport::importProducts);
    }
}
