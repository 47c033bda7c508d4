package org.cardfile.ui.internal.handlers;

import org.cardfile.core.service.DataImport;

public class ImportDirectoryHandler extends ImportHandler {
    public ImportDirectoryHandler() {
        super("directory listings", DataImport::importDirectory);
    }
}
