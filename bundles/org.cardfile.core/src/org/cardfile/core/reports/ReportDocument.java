package org.cardfile.core.reports;

import java.io.OutputStream;
import java.util.Map;

/**
 * A report run once and kept as a document: its pages are shown one at a time and it is exported or
 * printed without running its queries again, so what a user exports is what they looked at. The
 * document lives in a temporary file until it is closed.
 */
public interface ReportDocument extends AutoCloseable {

    ReportInfo report();

    /** The parameters the report ran with, in their text form, Cardfile's own included. */
    Map<String, String> parameters();

    /** At least 1: a report without rows still has its title page. */
    int pageCount();

    /**
     * Writes page {@code page} (1-based) as one self-contained HTML page, its charts inlined.
     *
     * @throws ReportException for a page outside 1..{@link #pageCount()} or a document that is closed
     */
    void renderPage(int page, OutputStream out);

    /** Writes the whole document to {@code out} in {@code format}; stopped through {@code progress}. */
    void export(ReportFormat format, OutputStream out, ReportProgress progress);

    /** Deletes the temporary document; a closed document renders nothing. */
    @Override
    void close();
}
