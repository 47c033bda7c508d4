package org.cardfile.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.Session;
import org.cardfile.rpc.RemoteError;
import org.cardfile.rpc.ReportWire;
import org.cardfile.server.ServiceDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Reports for workstations, run here next to the data (see {@link ReportWire} for the paths). Runs
 * and exports stream their progress; pages and exported files are fetched from the documents the
 * server holds for the session that ran them. Every request is admitted by the {@link Gate} first:
 * a seat, and a session of the seat's office.
 */
public final class ReportEndpoint implements HttpHandler {
    private static final String GONE = "This report is no longer open on the server (a document unused for "
            + HeldReports.DOCUMENT_IDLE.toMinutes() + " minutes is closed); run it again.";

    /** Admits a request, or answers it with the refusal and gives nothing. */
    @FunctionalInterface
    public interface Gate {
        Optional<Session> admit(HttpExchange x) throws IOException;
    }

    private final ServiceDirectory services;
    private final ObjectMapper json;
    private final Gate gate;
    private final HeldReports held;
    private final ScheduledExecutorService timer;

    public ReportEndpoint(ServiceDirectory services, ObjectMapper json, Gate gate, HeldReports held,
            ScheduledExecutorService timer) {
        this.services = services;
        this.json = json;
        this.gate = gate;
        this.held = held;
        this.timer = timer;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        try (x) {
            Optional<Session> session = gate.admit(x);
            if (session.isEmpty()) {
                return;
            }
            Optional<Reports> reports = services.find(Reports.class).map(Reports.class::cast);
            if (reports.isEmpty()) {
                reply(x, RemoteError.of(RemoteError.Kind.SERVER,
                        "Reports are not running on this server: install and switch on the reports feature there."));
                return;
            }
            try {
                route(x, session.get(), reports.get());
            } catch (RuntimeException e) {
                reply(x, Replies.forWorkstation(e, x.getRequestMethod() + " " + x.getRequestURI().getPath()));
            }
        }
    }

    private void route(HttpExchange x, Session session, Reports reports) throws IOException {
        String path = x.getRequestURI().getPath();
        String method = x.getRequestMethod();
        if (path.equals(ReportWire.LIST) && method.equals("GET")) {
            Replies.send(x, 200, Replies.JSON, json.writeValueAsBytes(reports.list(session)));
        } else if (path.startsWith(ReportWire.REPORT) && method.equals("GET")) {
            Replies.send(x, 200, Replies.JSON,
                    json.writeValueAsBytes(reports.describe(session, path.substring(ReportWire.REPORT.length()))));
        } else if (path.equals(ReportWire.DOCUMENTS) && method.equals("POST")) {
            generate(x, session, reports);
        } else if (path.startsWith(ReportWire.DOCUMENTS)) {
            document(x, session, path.substring(ReportWire.DOCUMENTS.length()).split("/"));
        } else if (path.startsWith(ReportWire.EXPORTS) && method.equals("GET")) {
            download(x, session, path.substring(ReportWire.EXPORTS.length()));
        } else if (path.startsWith(ReportWire.LAYOUTS)) {
            layout(x, session, reports, path.substring(ReportWire.LAYOUTS.length()));
        } else {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "No report request " + method + " " + path + "."));
        }
    }

    private void generate(HttpExchange x, Session session, Reports reports) throws IOException {
        Optional<byte[]> body = body(x, ReportWire.MAX_RUN_BYTES);
        if (body.isEmpty()) {
            return;
        }
        ReportWire.Run run;
        try {
            run = json.readValue(body.get(), ReportWire.Run.class);
        } catch (IOException e) {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "Not a report to run: " + e.getMessage()));
            return;
        }
        if (run == null || run.reportId() == null) {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "Say which report to run."));
            return;
        }
        startLines(x);
        try (ProgressStream progress = new ProgressStream(x.getResponseBody(), json, timer)) {
            ReportDocument document;
            try {
                document = reports.generate(session, run.reportId(), run.parameters(), progress);
            } catch (RuntimeException e) {
                progress.finish(ReportWire.Line.failed(Replies.forWorkstation(e, "the report " + run.reportId())));
                return;
            }
            String id = held.hold(document, session, Instant.now());
            ReportWire.Held answer = new ReportWire.Held(id, document.report(), document.parameters(),
                    document.pageCount());
            if (!progress.finish(ReportWire.Line.done(answer))) {
                held.release(id, session);
            }
        }
    }

    private void document(HttpExchange x, Session session, String[] parts) throws IOException {
        Optional<ReportDocument> document = held.document(parts[0], session, Instant.now());
        if (document.isEmpty()) {
            reply(x, RemoteError.of(RemoteError.Kind.NOT_FOUND, GONE));
            return;
        }
        String method = x.getRequestMethod();
        if (parts.length == 1 && method.equals("DELETE")) {
            held.release(parts[0], session);
            Replies.send(x, 204, Replies.JSON, new byte[0]);
        } else if (parts.length == 3 && parts[1].equals("pages") && method.equals("GET")) {
            int page = page(parts[2]);
            // one page is small (its charts inlined); buffering it lets a refusal still be an answer
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            document.get().renderPage(page, html);
            Replies.send(x, 200, "text/html; charset=utf-8", html.toByteArray());
        } else if (parts.length == 3 && parts[1].equals("exports") && method.equals("POST")) {
            Optional<ReportFormat> format = ReportFormat.named(parts[2]);
            if (format.isEmpty()) {
                reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "No export format " + parts[2] + "."));
                return;
            }
            export(x, session, document.get(), format.get());
        } else {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "No document request " + method + " "
                    + String.join("/", parts) + "."));
        }
    }

    private static int page(String text) {
        if (text.length() > 9 || !text.chars().allMatch(Character::isDigit) || text.isEmpty()) {
            throw new IllegalArgumentException("A page is a number, not '" + text + "'.");
        }
        return Integer.parseInt(text);
    }

    /**
     * The export goes to a file first: a failure half-way is then still reported in words, and the
     * download has a length the workstation checks, so a cut-off file is never taken for a whole one.
     */
    private void export(HttpExchange x, Session session, ReportDocument document, ReportFormat format)
            throws IOException {
        Path file = Files.createTempFile("cardfile-export-", "." + format.extension());
        startLines(x);
        try (ProgressStream progress = new ProgressStream(x.getResponseBody(), json, timer)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                document.export(format, out, progress);
            } catch (RuntimeException e) {
                HeldReports.delete(file);
                progress.finish(ReportWire.Line.failed(Replies.forWorkstation(e, "the export of " + document.report().id())));
                return;
            }
            String id = held.holdExport(file, session, Instant.now());
            if (!progress.finish(ReportWire.Line.done(new ReportWire.Export(id, Files.size(file))))) {
                held.takeExport(id, session).ifPresent(HeldReports::delete);
            }
        }
    }

    private void download(HttpExchange x, Session session, String id) throws IOException {
        Optional<Path> file = held.takeExport(id, session);
        if (file.isEmpty()) {
            reply(x, RemoteError.of(RemoteError.Kind.NOT_FOUND, "That export was fetched already or has expired; export again."));
            return;
        }
        try {
            x.getResponseHeaders().set("Content-Type", "application/octet-stream");
            x.sendResponseHeaders(200, Files.size(file.get()));
            try (OutputStream out = x.getResponseBody()) {
                Files.copy(file.get(), out);
            }
        } finally {
            HeldReports.delete(file.get());
        }
    }

    private void layout(HttpExchange x, Session session, Reports reports, String name) throws IOException {
        if (name.contains("/")) {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "A layout name has no folders."));
            return;
        }
        if (x.getRequestMethod().equals("DELETE")) {
            reports.removeLayout(session, name);
            Replies.send(x, 204, Replies.JSON, new byte[0]);
        } else if (x.getRequestMethod().equals("PUT")) {
            Optional<byte[]> design = body(x, ReportWire.MAX_LAYOUT_BYTES);
            if (design.isPresent()) {
                Replies.send(x, 200, Replies.JSON, json.writeValueAsBytes(reports.addLayout(session, name, design.get())));
            }
        } else {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "Layouts are PUT or DELETEd."));
        }
    }

    /** The request body, or a refusal answered when it is larger than {@code max} (checked before reading). */
    private Optional<byte[]> body(HttpExchange x, int max) throws IOException {
        String declared = x.getRequestHeaders().getFirst("Content-Length");
        boolean tooLong = declared != null && (declared.length() > 12 || Long.parseLong(declared.trim()) > max);
        byte[] body = tooLong ? new byte[0] : x.getRequestBody().readNBytes(max + 1);
        if (tooLong || body.length > max) {
            reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "The request is larger than " + max / 1024 + " KB."));
            return Optional.empty();
        }
        return Optional.of(body);
    }

    private static void startLines(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "application/x-ndjson; charset=utf-8");
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.sendResponseHeaders(200, 0);
    }

    private void reply(HttpExchange x, RemoteError error) throws IOException {
        Replies.send(x, error.type().status(), Replies.JSON, json.writeValueAsBytes(error));
    }
}
