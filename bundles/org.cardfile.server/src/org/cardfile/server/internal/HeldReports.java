package org.cardfile.server.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.security.Session;

/**
 * The report documents and finished exports the server keeps for workstations, each for the session
 * that made it only. A workstation that goes away without closing its documents does not fill the
 * server's disk: unused ones are closed after a while, and one session holds a few at most.
 */
public final class HeldReports implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HeldReports.class.getName());
    /** A Reports part shows one document at a time; a few allow for several windows and the command line. */
    static final int PER_SESSION = 4;
    static final Duration DOCUMENT_IDLE = Duration.ofMinutes(30);
    static final Duration EXPORT_IDLE = Duration.ofMinutes(5);

    private record Held<T>(T value, String owner, Instant used) {
        Held<T> touched(Instant now) {
            return new Held<>(value, owner, now);
        }
    }

    private final Map<String, Held<ReportDocument>> documents = new LinkedHashMap<>();
    private final Map<String, Held<Path>> exports = new LinkedHashMap<>();

    /** Keeps {@code document} for {@code owner}; the owner's oldest is closed when they hold too many. */
    public String hold(ReportDocument document, Session owner, Instant now) {
        String id = UUID.randomUUID().toString();
        List<ReportDocument> dropped = new java.util.ArrayList<>();
        synchronized (this) {
            documents.put(id, new Held<>(document, owner.token(), now));
            List<Map.Entry<String, Held<ReportDocument>>> mine = documents.entrySet().stream()
                    .filter(e -> e.getValue().owner().equals(owner.token()))
                    .sorted(Comparator.comparing(e -> e.getValue().used())).toList();
            for (int i = 0; i < mine.size() - PER_SESSION; i++) {
                dropped.add(documents.remove(mine.get(i).getKey()).value());
            }
        }
        dropped.forEach(ReportDocument::close);
        return id;
    }

    /** The owner's document, marked as used now; empty for an unknown id and for anyone else's. */
    public synchronized Optional<ReportDocument> document(String id, Session owner, Instant now) {
        Held<ReportDocument> held = documents.get(id);
        if (held == null || !held.owner().equals(owner.token())) {
            return Optional.empty();
        }
        documents.put(id, held.touched(now));
        return Optional.of(held.value());
    }

    /** Closes the owner's document; false when there is none of that id for them. */
    public boolean release(String id, Session owner) {
        ReportDocument document;
        synchronized (this) {
            Held<ReportDocument> held = documents.get(id);
            if (held == null || !held.owner().equals(owner.token())) {
                return false;
            }
            document = documents.remove(id).value();
        }
        document.close();
        return true;
    }

    public String holdExport(Path file, Session owner, Instant now) {
        String id = UUID.randomUUID().toString();
        synchronized (this) {
            exports.put(id, new Held<>(file, owner.token(), now));
        }
        return id;
    }

    /** The owner's export, handed over once: the caller deletes the file when it is sent. */
    public synchronized Optional<Path> takeExport(String id, Session owner) {
        Held<Path> held = exports.get(id);
        if (held == null || !held.owner().equals(owner.token())) {
            return Optional.empty();
        }
        return Optional.of(exports.remove(id).value());
    }

    /** Closes what has not been used for a while; run by the server's heartbeat. */
    public void sweep(Instant now) {
        List<ReportDocument> idle;
        List<Path> unfetched;
        synchronized (this) {
            idle = removeUnused(documents, now.minus(DOCUMENT_IDLE));
            unfetched = removeUnused(exports, now.minus(EXPORT_IDLE));
        }
        idle.forEach(ReportDocument::close);
        unfetched.forEach(HeldReports::delete);
        if (!idle.isEmpty() || !unfetched.isEmpty()) {
            LOG.log(Level.INFO, "Closed {0} unused report documents and {1} exports nobody fetched", idle.size(),
                    unfetched.size());
        }
    }

    /** Takes out what was last used before {@code since}; the caller closes it outside the lock. */
    private static <T> List<T> removeUnused(Map<String, Held<T>> held, Instant since) {
        List<T> removed = new java.util.ArrayList<>();
        held.values().removeIf(h -> {
            boolean unused = h.used().isBefore(since);
            if (unused) {
                removed.add(h.value());
            }
            return unused;
        });
        return removed;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the report export " + file, e);
        }
    }

    @Override
    public void close() {
        List<ReportDocument> open;
        List<Path> files;
        synchronized (this) {
            open = documents.values().stream().map(Held::value).toList();
            files = exports.values().stream().map(Held::value).toList();
            documents.clear();
            exports.clear();
        }
        open.forEach(ReportDocument::close);
        files.forEach(HeldReports::delete);
    }
}
