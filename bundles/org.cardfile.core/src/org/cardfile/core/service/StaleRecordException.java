package org.cardfile.core.service;

/** Someone saved the record after it was loaded; the save was refused instead of overwriting. */
public class StaleRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleRecordException(String message) {
        super(message);
    }
}
