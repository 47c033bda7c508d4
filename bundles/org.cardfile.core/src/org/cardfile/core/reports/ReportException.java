package org.cardfile.core.reports;

/**
 * A report that could not be listed or run, with a message a user can act on: which report, which
 * parameter or data set, and what the database said.
 */
public class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
