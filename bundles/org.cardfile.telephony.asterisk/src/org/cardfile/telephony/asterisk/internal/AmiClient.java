package org.cardfile.telephony.asterisk.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Consumer;

import org.cardfile.telephony.asterisk.internal.AmiSession.LoginRefusedException;

/**
 * Keeps an AMI session up on its own thread: connects, logs in, reads events, and after a drop or a
 * refused login waits (1 s, 2 s, 4 s … up to the configured maximum; back to the start after a good
 * login) and connects again. Logs every change of connection state.
 */
final class AmiClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AmiClient.class.getName());

    private final AmiSettings settings;
    private final Consumer<AmiMessage> events;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile AmiSession current;
    private volatile boolean connected;
    private volatile String state = "connecting";

    AmiClient(AmiSettings settings, Consumer<AmiMessage> events) {
        this.settings = settings;
        this.events = events;
        thread = new Thread(this::run, "cardfile-ami-" + settings.endpoint());
        thread.setDaemon(true);
        thread.start();
    }

    boolean connected() {
        return connected;
    }

    String state() {
        return state;
    }

    private void run() {
        Duration wait = settings.reconnect();
        while (running) {
            String reason;
            try (AmiSession session = new AmiSession(settings)) {
                current = session;
                if (!running) {
                    break; // closed while connecting
                }
                connected = true;
                state = "connected as " + settings.username();
                LOG.log(Level.INFO, "AMI connected to {0} as {1} ({2})", settings.endpoint(), settings.username(),
                        session.banner());
                wait = settings.reconnect();
                session.pump(events, why -> LOG.log(Level.WARNING, "AMI {0}: skipped a malformed block: {1}",
                        settings.endpoint(), why));
                reason = "connection ended";
            } catch (LoginRefusedException e) {
                reason = e.getMessage();
            } catch (IOException e) {
                reason = e.getMessage() == null ? e.toString() : e.getMessage();
            } catch (RuntimeException e) {
                // a bug in handling one event must not end the driver; the connection starts afresh
                LOG.log(Level.ERROR, "AMI " + settings.endpoint() + ": failed handling an event", e);
                reason = e.toString();
            } finally {
                current = null;
                connected = false;
            }
            if (!running) {
                break;
            }
            state = "disconnected (" + reason + "), retrying in " + wait.toMillis() + " ms";
            LOG.log(Level.WARNING, "AMI {0} {1}", settings.endpoint(), state);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                break; // close() wakes us to stop
            }
            wait = wait.multipliedBy(2).compareTo(settings.maxReconnect()) > 0 ? settings.maxReconnect()
                    : wait.multipliedBy(2);
            state = "reconnecting";
        }
        state = "stopped";
        LOG.log(Level.INFO, "AMI {0} stopped", settings.endpoint());
    }

    @Override
    public void close() {
        running = false;
        AmiSession session = current;
        if (session != null) {
            session.close();
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
