package org.cardfile.core.reports;

import java.io.OutputStream;
import java.util.List;

import org.cardfile.core.security.Session;

/**
 * The reports a signed-in user may run, and running one. Every query a report makes sees only the
 * rows of the session's office, whatever its layout asks for.
 */
public interface Reports {

    /** The reports the session's role may run, broken layouts included (with their problem), by category and title. */
    List<ReportInfo> list(Session session);

    /** One report as {@link #list} describes it; a {@link ReportException} for an id that is not listed. */
    ReportInfo describe(Session session, String reportId);

    /**
     * Runs the report and streams it to {@code out} as it is rendered (a long report is not held in
     * memory). HTML output is one self-contained page with its charts inlined.
     *
     * @throws ReportException with a readable message for a bad id or parameter, a broken layout, a
     *         refused query or a database error; {@link ReportCancelledException} when stopped
     */
    void run(Session session, ReportRequest request, OutputStream out, ReportProgress progress);
}
