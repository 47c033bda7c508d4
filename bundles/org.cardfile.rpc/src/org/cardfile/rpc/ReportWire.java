package org.cardfile.rpc;

import java.util.Map;

import org.cardfile.core.reports.ReportInfo;

/**
 * How reports travel between a server and its workstations. A report runs on the server, next to the
 * data, into a document the server holds for the workstation; its pages and exports are then fetched
 * one by one. Running and exporting answer with a stream of {@link Line}s, one JSON object a line, so
 * the workstation shows the steps as they happen and stops the run by closing the stream.
 */
public final class ReportWire {
    /** Every report path starts here. */
    public static final String ROOT = "/api/reports/";
    /** GET: the reports the signed-in user may run, as JSON. */
    public static final String LIST = "/api/reports/list";
    /** GET {@code REPORT + id}: one report's description. */
    public static final String REPORT = "/api/reports/report/";
    /**
     * POST a {@link Run}: lines of progress, then one with the {@link Held} document. {@code DOCUMENTS +
     * id + "/pages/" + n} GETs a page as HTML; {@code DOCUMENTS + id + "/exports/" + format} POSTed
     * answers with lines, then one with the {@link Export} to fetch; DELETE {@code DOCUMENTS + id}
     * closes the document.
     */
    public static final String DOCUMENTS = "/api/reports/documents/";
    /** GET {@code EXPORTS + id}: the exported file, once. */
    public static final String EXPORTS = "/api/reports/exports/";
    /** PUT {@code LAYOUTS + file name} with the design as the body; DELETE {@code LAYOUTS + id}. */
    public static final String LAYOUTS = "/api/reports/layouts/";
    /** A layout larger than this is refused before it is read. */
    public static final int MAX_LAYOUT_BYTES = 16 * 1024 * 1024;
    /** A run request larger than this is refused before it is read. */
    public static final int MAX_RUN_BYTES = 256 * 1024;
    /** The server writes an empty line this often while a run is silent, so either end notices the other leave. */
    public static final long KEEP_ALIVE_MILLIS = 2_000;

    private ReportWire() {
    }

    /** What to run: a report and its parameters in their text form. */
    public record Run(String reportId, Map<String, String> parameters) {
        public Run {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /** A document the server holds for the session that ran it, until closed or unused for a while. */
    public record Held(String id, ReportInfo report, Map<String, String> parameters, int pageCount) {
        public Held {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /** An export the server wrote and keeps for one download. */
    public record Export(String id, long size) {
    }

    /** One line of a run or an export: a step, or how it ended (exactly one of the other fields). */
    public record Line(String step, Held document, Export export, RemoteError error) {
        public static Line step(String what) {
            return new Line(what, null, null, null);
        }

        public static Line done(Held document) {
            return new Line(null, document, null, null);
        }

        public static Line done(Export export) {
            return new Line(null, null, export, null);
        }

        public static Line failed(RemoteError error) {
            return new Line(null, null, null, error);
        }
    }
}
