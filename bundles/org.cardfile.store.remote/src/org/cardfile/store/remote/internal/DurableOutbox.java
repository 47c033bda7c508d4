package org.cardfile.store.remote.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.InboxReceipt;
import org.cardfile.core.calls.InvalidCallEventException;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.rpc.ServerException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The driver side of a networked installation: every call event is written to a file in the
 * outbox folder (synced) before anything else, and deleted once the server's inbox took it. One
 * sender thread delivers the files oldest first; while the server cannot be reached they wait and
 * are tried again every second, so a driver thread never waits on the network for long. The
 * inbox's (driver, session, sequence) key makes a resend after a lost answer harmless: nothing a
 * driver handed over is lost, nothing is doubled. An event the server refuses as invalid is moved
 * to {@code refused/}; a refused driver token is a setting to fix, so those events are kept.
 */
public final class DurableOutbox implements CallEventSink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DurableOutbox.class.getName());
    /** How long a driver's {@link #accept} waits for the server's receipt before it answers "queued". */
    private static final Duration RECEIPT_WAIT = Duration.ofSeconds(1);
    /** A file the server keeps failing on for other reasons than being away is set aside after this many tries. */
    private static final int MAX_FAILURES = 20;

    private final Path folder;
    private final Path refused;
    private final CallEventSink server;
    private final ObjectMapper json;
    private final AtomicLong counter = new AtomicLong();
    private final Map<Path, CompletableFuture<InboxReceipt>> waiting = new ConcurrentHashMap<>();
    private final Map<Path, Integer> failures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "Cardfile call event outbox");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastTokenWarning;

    public DurableOutbox(Path folder, CallEventSink server, ObjectMapper json) {
        this.folder = folder;
        this.refused = folder.resolve("refused");
        this.server = server;
        this.json = json;
        try {
            Files.createDirectories(refused);
        } catch (IOException e) {
            throw new UncheckedIOException("The call event outbox " + folder + " cannot be created: " + e.getMessage(), e);
        }
        sender.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Stores the event and has the sender deliver it.
     *
     * @return the server's receipt when it answered within a second, else a receipt with call id 0:
     *         the event waits in the outbox
     * @throws InvalidCallEventException the server refused this event as invalid (it is set aside)
     */
    @Override
    public InboxReceipt accept(CallEvent event) {
        Path file = write(event);
        CompletableFuture<InboxReceipt> receipt = new CompletableFuture<>();
        waiting.put(file, receipt);
        sender.execute(this::flush);
        try {
            return receipt.get(RECEIPT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new InboxReceipt(0, 0, false);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InboxReceipt(0, 0, false);
        } finally {
            waiting.remove(file);
        }
    }

    /** Events written but not yet taken by the server. */
    public int waiting() {
        return pending().size();
    }

    private Path write(CallEvent event) {
        // the name orders the files as they were handed over, across restarts
        String name = String.format("%020d-%06d.json", System.currentTimeMillis(), counter.incrementAndGet() % 1_000_000);
        Path temp = folder.resolve(name + ".tmp");
        Path file = folder.resolve(name);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(json.writeValueAsBytes(event)));
                // on disk before the driver is told it was taken: a power cut must not lose it
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The call event could not be stored in the outbox " + folder + ": "
                    + e.getMessage() + " (" + event + ")", e);
        }
    }

    /** Runs on the sender thread only; any failure is logged so the schedule keeps going. */
    private void flush() {
        try {
            for (Path file : pending()) {
                if (!deliver(file)) {
                    return; // keep the order: try again from this file later
                }
            }
        } catch (Throwable t) {
            LOG.log(Level.ERROR, "The call event outbox " + folder + " could not be sent; trying again", t);
        }
    }

    /** Whether the sender may go on with the next file. */
    private boolean deliver(Path file) {
        CallEvent event;
        try {
            event = json.readValue(file.toFile(), CallEvent.class);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Unreadable call event in the outbox, moved aside: " + file, e);
            moveAside(file, new InvalidCallEventException("The stored event could not be read: " + e.getMessage()));
            return true;
        }
        try {
            InboxReceipt receipt = server.accept(event);
            Files.delete(file);
            failures.remove(file);
            complete(file, receipt);
            return true;
        } catch (InvalidCallEventException e) {
            LOG.log(Level.ERROR, "The server refused call event {0} ({1}); kept in {2}", event, e.getMessage(), refused);
            moveAside(file, e);
            return true;
        } catch (AccessDeniedException e) {
            releaseWaiters();
            if (System.currentTimeMillis() - lastTokenWarning > 60_000) {
                lastTokenWarning = System.currentTimeMillis();
                LOG.log(Level.ERROR, "The server refuses this host's call events ({0}); set the right driver token."
                        + " {1} events wait in {2}", e.getMessage(), pending().size(), folder);
            }
            return false;
        } catch (ServerException e) {
            LOG.log(Level.DEBUG, "Server unreachable, call events wait in the outbox: {0}", e.getMessage());
            releaseWaiters();
            return false;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Delivered call event could not be removed from the outbox: " + file, e);
            return false;
        } catch (RuntimeException e) {
            int failed = failures.merge(file, 1, Integer::sum);
            LOG.log(Level.WARNING, "Call event " + event + " not delivered (try " + failed + " of " + MAX_FAILURES + ")", e);
            if (failed >= MAX_FAILURES) {
                moveAside(file, e);
                return true;
            }
            return false;
        }
    }

    /** The server is away: drivers waiting for a receipt are told their events are queued. */
    private void releaseWaiters() {
        waiting.values().forEach(f -> f.complete(new InboxReceipt(0, 0, false)));
    }

    private void complete(Path file, InboxReceipt receipt) {
        CompletableFuture<InboxReceipt> f = waiting.get(file);
        if (f != null) {
            f.complete(receipt);
        }
    }

    private void moveAside(Path file, RuntimeException why) {
        failures.remove(file);
        try {
            Files.move(file, refused.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Could not move " + file + " aside", e);
        }
        CompletableFuture<InboxReceipt> f = waiting.get(file);
        if (f != null) {
            f.completeExceptionally(why);
        }
    }

    private List<Path> pending() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The call event outbox " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
