package org.cardfile.core.reports;

/** A run the user stopped; whatever was written to the output is incomplete. */
public class ReportCancelledException extends ReportException {
    private static final long serialVersionUID = 1L;

    public ReportCancelledException(String reportId) {
        super("The report " + reportId + " was cancelled.");
    }
}
