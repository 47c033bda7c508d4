package org.cardfile.ui.internal.handlers;

import org.cardfile.core.calls.DirectoryImport;

public class ImportDirectoryHandler extends ImportHandler<DirectoryImport> {
    public ImportDirectoryHandler() {
        super("directory listings", DirectoryImport.class, DirectoryImport::importDirectory);
    }
}
