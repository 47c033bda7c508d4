package org.cardfile.store.remote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.cardfile.rpc.PushMessage;
import org.cardfile.rpc.SeatsExhaustedException;

/**
 * Reads the server's event stream on its own thread and hands each message on. A dropped stream is
 * opened again with growing pauses; a lost seat is taken again first.
 */
public final class PushListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PushListener.class.getName());

    private final ServerConnection connection;
    private final Consumer<PushMessage> receiver;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile InputStream stream;
    private volatile boolean connected;

    public PushListener(ServerConnection connection, Consumer<PushMessage> receiver) {
        this.connection = connection;
        this.receiver = receiver;
        thread = new Thread(this::run, "Cardfile push channel");
        thread.setDaemon(true);
        thread.start();
    }

    public boolean connected() {
        return connected;
    }

    private void run() {
        long pause = 500;
        while (running) {
            try (InputStream in = connection.events()) {
                stream = in;
                connected = true;
                pause = 500;
                LOG.log(Level.INFO, "Push channel to the Cardfile server open");
                read(in);
            } catch (SeatsExhaustedException e) {
                LOG.log(Level.WARNING, "Push channel: {0}; taking a seat again", e.getMessage());
                try {
                    connection.register();
                } catch (RuntimeException again) {
                    LOG.log(Level.WARNING, "No seat: {0}", again.getMessage());
                }
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
            if (!running) {
                return;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 15_000);
        }
    }

    private void read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder data = new StringBuilder();
        for (String line; running && (line = lines.readLine()) != null;) {
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

    @Override
    public void close() {
        running = false;
        InputStream in = stream;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the push stream", e);
            }
        }
        thread.interrupt();
    }
}
