package org.cardfile.core.reports;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.cardfile.core.security.Session;

/**
 * The reports a signed-in user may run, and running one. Every query a report makes sees only the
 * rows of the session's office, whatever its layout asks for.
 */
public interface Reports {

    /**
     * The Event Admin topic (and push topic of a server) saying that layouts were added, changed or
     * removed; workstations of a server relist on it.
     */
    String CHANGED = "org/cardfile/reports/CHANGED";

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

    /**
     * Runs the report once into a {@link ReportDocument} for paging, export and print. The queries run
     * now, on the session's office-scoped connection; the caller closes the document.
     *
     * @throws ReportException as {@link #run} does; {@link ReportCancelledException} when stopped
     */
    ReportDocument generate(Session session, String reportId, Map<String, String> parameters, ReportProgress progress);

    /**
     * Adds a layout to the reports folder, where every user of the office sees it at once; needs
     * {@link org.cardfile.core.security.Permission#MANAGE_REPORTS}. {@code fileName} gives the report id
     * ({@code my-report.rptdesign}). A layout BIRT cannot open, one that fails the safety checks, or one
     * whose id a shipped report has is refused with the reason and not written; one with the id of an
     * added layout replaces it.
     *
     * @return the report as it is now listed
     */
    ReportInfo addLayout(Session session, String fileName, byte[] design);

    /** Removes a layout an admin added (see {@link ReportInfo#removable()}); shipped layouts are refused. */
    void removeLayout(Session session, String reportId);

    /** {@code listener} runs (on any thread) whenever layouts are added, changed or removed. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
