package org.cardfile.core.service;

import java.util.Optional;

import org.cardfile.core.model.Office;

/**
 * The offices by their short code, for what happens before anyone signs in: a workstation taking
 * a seat of its office, a server routing by office. Codes and names only, nothing else of the office.
 */
public interface OfficeDirectory {

    Optional<Office> byCode(String code);
}
