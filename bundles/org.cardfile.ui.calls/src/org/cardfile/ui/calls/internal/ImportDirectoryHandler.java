package org.cardfile.ui.calls.internal;

import org.cardfile.ui.internal.handlers.ImportHandler;
import org.cardfile.core.calls.DirectoryImport;

public class ImportDirectoryHandler extends ImportHandler<DirectoryImport> {
    public ImportDirectoryHandler() {
        super("directory listings", DirectoryImport.class, DirectoryImport::importDirectory);
    }
}
