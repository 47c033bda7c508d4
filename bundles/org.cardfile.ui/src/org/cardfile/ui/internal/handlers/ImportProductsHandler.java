package org.cardfile.ui.internal.handlers;

public class ImportProductsHandler extends ImportHandler {
    public ImportProductsHandler() {
        super(false);
    }
}
