package org.cardfile.store.remote.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * outbox folder (synced) before it is sent, and deleted once the server's inbox took it. While
 * the server cannot be reached the files stay and are sent again, oldest first, every second; the
 * inbox's (driver, session, sequence) key makes a resend after a lost answer harmless. Nothing a
 * driver handed over is lost, nothing is doubled. An event the server refuses for good is moved to
 * {@code refused/} and logged.
 */
public final class DurableOutbox implements CallEventSink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DurableOutbox.class.getName());

    private final Path folder;
    private final Path refused;
    private final CallEventSink server;
    private final ObjectMapper json;
    private final AtomicLong counter = new AtomicLong();
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "Cardfile call event outbox");
        t.setDaemon(true);
        return t;
    });
    private final Object sending = new Object();
    private InboxReceipt lastReceipt = new InboxReceipt(0, 0, false);

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
        retry.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Stores the event, then sends everything waiting, this event last.
     *
     * @return the server's receipt, or a receipt with call id 0 when the event waits in the outbox
     */
    @Override
    public InboxReceipt accept(CallEvent event) {
        Path file = write(event);
        synchronized (sending) {
            flushLocked();
            return Files.exists(file) ? new InboxReceipt(0, 0, false) : lastReceipt;
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
            try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(json.writeValueAsBytes(event)));
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

    private void flush() {
        synchronized (sending) {
            flushLocked();
        }
    }

    private void flushLocked() {
        for (Path file : pending()) {
            CallEvent event;
            try {
                event = json.readValue(file.toFile(), CallEvent.class);
            } catch (IOException e) {
                LOG.log(Level.ERROR, "Unreadable call event in the outbox, moved aside: " + file, e);
                moveAside(file);
                continue;
            }
            try {
                lastReceipt = server.accept(event);
                Files.delete(file);
            } catch (InvalidCallEventException | AccessDeniedException e) {
                LOG.log(Level.ERROR, "The server refused call event {0} for good ({1}); kept in {2}", event,
                        e.getMessage(), refused);
                moveAside(file);
            } catch (ServerException e) {
                LOG.log(Level.DEBUG, "Server unreachable, {0} call events wait in the outbox: {1}", pending().size(),
                        e.getMessage());
                return; // keep the order: try again from this file later
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Delivered call event could not be removed from the outbox: " + file, e);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call event " + event + " not delivered yet", e);
                return;
            }
        }
    }

    private void moveAside(Path file) {
        try {
            Files.move(file, refused.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Could not move " + file + " aside", e);
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
        retry.shutdownNow();
    }
}
