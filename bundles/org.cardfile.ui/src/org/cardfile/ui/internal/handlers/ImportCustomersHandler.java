package org.cardfile.ui.internal.handlers;

public class ImportCustomersHandler extends ImportHandler {
    public ImportCustomersHandler() {
        super(true);
    }
}
