package org.cardfile.store.remote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.rpc.PushMessage;
import org.cardfile.rpc.SeatsExhaustedException;

/**
 * Reads the server's event stream on its own thread and hands each message on. The stream opens once
 * someone has signed in at the workstation. A dropped or silent stream (the server sends a
 * heartbeat every 15 s) is opened again with growing pauses, a lost seat taken again first, and
 * after every reopening the workstation is told to re-read its lists, since events may have been
 * missed meanwhile.
 */
public final class PushListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PushListener.class.getName());

    /** Three missed heartbeats: the server host or the network is gone without a word. */
    private static final long SILENCE_MILLIS = 45_000;

    private final ServerConnection connection;
    private final Consumer<PushMessage> receiver;
    private final Runnable reseat;
    private final LongSupplier officeId;
    private final Thread thread;
    private final Thread watchdog;
    private volatile long lastHeard = System.currentTimeMillis();
    private volatile boolean running = true;
    private volatile InputStream stream;
    private volatile boolean connected;

    public PushListener(ServerConnection connection, Consumer<PushMessage> receiver, Runnable reseat,
            LongSupplier officeId) {
        this.connection = connection;
        this.receiver = receiver;
        this.reseat = reseat;
        this.officeId = officeId;
        thread = new Thread(this::run, "Cardfile push channel");
        thread.setDaemon(true);
        thread.start();
        watchdog = new Thread(this::watch, "Cardfile push channel watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            }
            if (connected && System.currentTimeMillis() - lastHeard > SILENCE_MILLIS) {
                LOG.log(Level.WARNING, "Push channel silent for {0} s; reopening it", SILENCE_MILLIS / 1000);
                closeStream();
            }
        }
    }

    public boolean connected() {
        return connected;
    }

    private void run() {
        long pause = 500;
        while (running) {
            if (connection.sessionToken().isEmpty()) {
                // nobody signed in yet: nothing to listen for
                if (!sleep(200)) {
                    return;
                }
                continue;
            }
            String openedWith = connection.sessionToken();
            try (InputStream in = connection.events()) {
                stream = in;
                connected = true;
                lastHeard = System.currentTimeMillis();
                pause = 500;
                LOG.log(Level.INFO, "Push channel to the Cardfile server open");
                // whatever happened while the channel was closed: have the lists read again
                receiver.accept(new PushMessage(CallTopics.CHANGED, Map.of(CallTopics.OFFICE_ID, officeId.getAsLong(),
                        CallTopics.CALL_ID, 0L)));
                // and the feature switches read again: the listeners re-read the state, whatever the event names
                receiver.accept(new PushMessage(Capabilities.CHANGED, Map.of(Capabilities.CAPABILITY, "",
                        Capabilities.OFFICE_ID, officeId.getAsLong(), Capabilities.ON, true)));
                read(in, openedWith);
            } catch (SeatsExhaustedException e) {
                LOG.log(Level.WARNING, "Push channel: {0}; taking a seat again", e.getMessage());
                try {
                    reseat.run();
                } catch (RuntimeException again) {
                    LOG.log(Level.WARNING, "No seat: {0}", again.getMessage());
                }
            } catch (AccessDeniedException e) {
                LOG.log(Level.INFO, "Push channel not open yet: {0}", e.getMessage());
            } catch (IOException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Push channel to the Cardfile server lost: {0}", e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                connected = false;
            }
            if (!running || !sleep(pause)) {
                return;
            }
            pause = Math.min(pause * 2, 15_000);
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads until the stream ends, or the one who signed in signs out (their office's calls stop here). */
    private void read(InputStream in, String openedWith) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder data = new StringBuilder();
        for (String line; running && openedWith.equals(connection.sessionToken()) && (line = lines.readLine()) != null;) {
            lastHeard = System.currentTimeMillis();
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    deliver(data.toString());
                    data.setLength(0);
                }
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
    }

    private void deliver(String data) {
        try {
            receiver.accept(connection.json().readValue(data, PushMessage.class));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Push message not delivered: " + data, e);
        }
    }

    private void closeStream() {
        InputStream in = stream;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the push stream", e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        closeStream();
        thread.interrupt();
        watchdog.interrupt();
    }
}
