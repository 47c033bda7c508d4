package org.cardfile.store.remote.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.security.Session;
import org.cardfile.rpc.ReportWire;

/** A report document the server holds for this workstation's session; pages and exports are fetched from it. */
final class RemoteReportDocument implements ReportDocument {
    private final RemoteReports reports;
    private final Session session;
    private final ReportWire.Held held;
    private volatile boolean closed;

    RemoteReportDocument(RemoteReports reports, Session session, ReportWire.Held held) {
        this.reports = reports;
        this.session = session;
        this.held = held;
    }

    @Override
    public ReportInfo report() {
        return held.report();
    }

    @Override
    public Map<String, String> parameters() {
        return held.parameters();
    }

    @Override
    public int pageCount() {
        return held.pageCount();
    }

    @Override
    public void renderPage(int page, OutputStream out) {
        open();
        if (page < 1 || page > held.pageCount()) {
            throw new ReportException("The report " + held.report().id() + " has pages 1 to " + held.pageCount()
                    + ", not " + page + ".");
        }
        try {
            out.write(reports.page(session, held.id(), page));
        } catch (IOException e) {
            throw new ReportException("Page " + page + " of " + held.report().id() + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void export(ReportFormat format, OutputStream out, ReportProgress progress) {
        open();
        reports.export(session, held, format, out, progress);
    }

    private void open() {
        if (closed) {
            throw new ReportException("The report " + held.report().id() + " was closed; run it again.");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            reports.close(session, held.id());
        }
    }
}
