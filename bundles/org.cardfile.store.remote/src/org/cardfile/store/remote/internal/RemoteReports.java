package org.cardfile.store.remote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.Session;
import org.cardfile.rpc.ReportWire;
import org.cardfile.rpc.SeatsExhaustedException;
import org.cardfile.rpc.ServerException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A workstation's reports, run by its server next to the data: the server keeps the document, and
 * its pages and exports come over as they are asked for. Stopping a run closes its progress stream,
 * which stops it on the server. Layout changes on the server are pushed, and reach the listeners.
 */
public final class RemoteReports implements Reports {
    private static final System.Logger LOG = System.getLogger(RemoteReports.class.getName());

    /**
     * How calls reach the server, as {@link ServiceProxy} is given it: the connection (null when there
     * is none), why no call can be made now (no seat, no server; null when one can), and how to take
     * a seat again once the server forgot this workstation's.
     */
    public record Link(ServerConnection connection, Supplier<RuntimeException> refusal, Runnable reseat) {
    }

    private final Link link;
    private final ObjectMapper json;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public RemoteReports(Link link, ObjectMapper json) {
        this.link = link;
        this.json = json;
    }

    @Override
    public List<ReportInfo> list(Session session) {
        return call(() -> read(session, link.connection().request(ReportWire.LIST).GET(),
                new TypeReference<List<ReportInfo>>() {
                }));
    }

    @Override
    public ReportInfo describe(Session session, String reportId) {
        return call(() -> read(session, link.connection().request(ReportWire.REPORT + segment(reportId)).GET(),
                new TypeReference<ReportInfo>() {
                }));
    }

    @Override
    public void run(Session session, ReportRequest request, OutputStream out, ReportProgress progress) {
        try (ReportDocument document = generate(session, request.reportId(), request.parameters(), progress)) {
            document.export(request.format(), out, progress);
        }
    }

    @Override
    public ReportDocument generate(Session session, String reportId, Map<String, String> parameters,
            ReportProgress progress) {
        ReportWire.Held held = call(() -> lines(session, link.connection().request(ReportWire.DOCUMENTS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(new ReportWire.Run(reportId, parameters)))), progress,
                reportId)).document();
        return new RemoteReportDocument(this, session, held);
    }

    @Override
    public ReportInfo addLayout(Session session, String fileName, byte[] design) {
        if (design.length > ReportWire.MAX_LAYOUT_BYTES) {
            throw new org.cardfile.core.reports.ReportException("The layout " + fileName + " is larger than "
                    + ReportWire.MAX_LAYOUT_BYTES / (1024 * 1024) + " MB.");
        }
        return call(() -> read(session, link.connection().request(ReportWire.LAYOUTS + segment(fileName))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(design)), new TypeReference<ReportInfo>() {
                }));
    }

    @Override
    public void removeLayout(Session session, String reportId) {
        call(() -> {
            discard(session, link.connection().request(ReportWire.LAYOUTS + segment(reportId)).DELETE());
            return null;
        });
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The server said its layouts changed. */
    public void changed() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "A reports listener failed on a layout change", e);
            }
        }
    }

    byte[] page(Session session, String documentId, int page) {
        return call(() -> {
            try (InputStream in = link.connection().exchange(link.connection()
                    .request(ReportWire.DOCUMENTS + documentId + "/pages/" + page).GET(), session.token()).body()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ServerException("Page " + page + " did not arrive whole from the server: " + e.getMessage(), e);
            }
        });
    }

    /** The server exports to a file and reports progress; the file then comes over, checked for its length. */
    void export(Session session, ReportWire.Held document, ReportFormat format, OutputStream out,
            ReportProgress progress) {
        String reportId = document.report().id();
        ReportWire.Export export = call(() -> lines(session, link.connection()
                .request(ReportWire.DOCUMENTS + document.id() + "/exports/" + format.extension())
                .POST(HttpRequest.BodyPublishers.noBody()), progress, reportId)).export();
        long received = 0;
        try (InputStream in = link.connection().exchange(link.connection().request(ReportWire.EXPORTS + export.id()).GET(),
                session.token()).body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                if (progress.cancelled()) {
                    throw new ReportCancelledException(reportId);
                }
                write(out, buffer, n, reportId);
                received += n;
            }
        } catch (IOException e) {
            throw new ServerException("The " + format.extension().toUpperCase(java.util.Locale.ROOT) + " of " + reportId
                    + " stopped after " + received + " of " + export.size() + " bytes: " + e.getMessage(), e);
        }
        if (received != export.size()) {
            throw new ServerException("The " + format.extension() + " of " + reportId + " arrived cut off: " + received
                    + " of " + export.size() + " bytes.");
        }
    }

    private static void write(OutputStream out, byte[] buffer, int n, String reportId) {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new org.cardfile.core.reports.ReportException("The export of " + reportId + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    void close(Session session, String documentId) {
        RuntimeException refused = link.refusal().get();
        if (refused != null) {
            return; // the server closes documents nobody uses
        }
        try {
            discard(session, link.connection().request(ReportWire.DOCUMENTS + documentId).DELETE());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The server did not close report document " + documentId
                    + "; it closes it by itself when unused", e);
        }
    }

    /**
     * Reads a run's progress lines until the one that ends it. The server writes an empty line every
     * few seconds, so a stop is noticed even while a long query runs; leaving the stream tells the
     * server to cancel.
     */
    private ReportWire.Line lines(Session session, HttpRequest.Builder request, ReportProgress progress,
            String reportId) {
        if (progress.cancelled()) {
            throw new ReportCancelledException(reportId);
        }
        InputStream body = link.connection().exchange(request, session.token()).body();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (progress.cancelled()) {
                    throw new ReportCancelledException(reportId);
                }
                if (line.isBlank()) {
                    continue;
                }
                ReportWire.Line said = json.readValue(line, ReportWire.Line.class);
                if (said.error() != null) {
                    throw said.error().toException();
                } else if (said.step() != null) {
                    progress.step(said.step());
                } else {
                    return said;
                }
            }
        } catch (IOException e) {
            if (progress.cancelled()) {
                throw new ReportCancelledException(reportId);
            }
            throw new ServerException("The server stopped in the middle of " + reportId + ": " + e.getMessage(), e);
        }
        throw new ServerException("The server ended " + reportId + " without a result; see its log.");
    }

    private <T> T read(Session session, HttpRequest.Builder request, TypeReference<T> type) {
        try (InputStream in = link.connection().exchange(request, session.token()).body()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new ServerException("The server's answer could not be read: " + e.getMessage(), e);
        }
    }

    private void discard(Session session, HttpRequest.Builder request) {
        try (InputStream in = link.connection().exchange(request, session.token()).body()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new ServerException("The server's answer could not be read: " + e.getMessage(), e);
        }
    }

    /** Refused without a seat; a seat the server forgot is taken again and the call made once more. */
    private <T> T call(Supplier<T> call) {
        RuntimeException refused = link.refusal().get();
        if (refused != null) {
            throw refused;
        }
        try {
            return call.get();
        } catch (SeatsExhaustedException lostSeat) {
            link.reseat().run();
            RuntimeException still = link.refusal().get();
            if (still != null) {
                throw still;
            }
            return call.get();
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot send " + value + ": " + e.getMessage(), e);
        }
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
