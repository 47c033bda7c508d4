package org.cardfile.core.calls;

import java.io.Reader;

import org.cardfile.core.security.Session;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;

/**
 * Imports the office's caller directory, where a new caller's name is looked up, from CSV with a
 * header row (columns {@code number,name,street,city,region,postalCode}). A number already listed gets
 * the new listing; valid rows are committed together, refused ones are listed with line and reason,
 * and cancelling commits nothing. Admins only.
 */
public interface DirectoryImport {

    ImportResult importDirectory(Session session, Reader csv, ImportProgress progress);
}
