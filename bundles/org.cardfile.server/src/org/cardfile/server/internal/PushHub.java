package org.cardfile.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.cardfile.rpc.PushMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The open push channels (server-sent events), one per workstation. A message for an office is
 * queued to every workstation of that office and written by the channel's own thread, so a
 * workstation that stopped reading delays nobody else; one that falls too far behind is closed
 * (it reconnects and re-reads its lists).
 */
public final class PushHub {
    private static final System.Logger LOG = System.getLogger(PushHub.class.getName());
    /** Frames a channel may fall behind before it is closed. */
    private static final int BACKLOG = 1_000;
    private static final byte[] CLOSE = new byte[0];

    private final class Channel {
        final String clientId;
        final long officeId;
        final OutputStream out;
        final BlockingQueue<byte[]> frames = new ArrayBlockingQueue<>(BACKLOG);
        final Thread writer;
        volatile boolean open = true;

        Channel(String clientId, long officeId, OutputStream out) {
            this.clientId = clientId;
            this.officeId = officeId;
            this.out = out;
            writer = new Thread(this::write, "Cardfile push to " + clientId);
            writer.setDaemon(true);
            writer.start();
        }

        boolean offer(byte[] frame) {
            if (!open) {
                return false;
            }
            if (frames.offer(frame)) {
                return true;
            }
            LOG.log(Level.WARNING, "Push channel of workstation {0} is {1} messages behind; closing it", clientId,
                    String.valueOf(BACKLOG));
            shut();
            return false;
        }

        private void write() {
            try {
                while (open) {
                    byte[] frame = frames.take();
                    if (frame == CLOSE) {
                        break;
                    }
                    out.write(frame);
                    out.flush();
                }
            } catch (IOException e) {
                LOG.log(Level.INFO, "Push channel of workstation {0} closed: {1}", clientId, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                // the request's own thread sees this, forgets the channel and gives the seat its state
                open = false;
                try {
                    out.close();
                } catch (IOException e) {
                    LOG.log(Level.DEBUG, "closing a push channel", e);
                }
            }
        }

        void shut() {
            open = false;
            frames.clear();
            frames.offer(CLOSE);
            writer.interrupt();
        }
    }

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    public PushHub(ObjectMapper json) {
        this.json = json;
    }

    public void open(String clientId, long officeId, OutputStream out) {
        Channel previous = channels.put(clientId, new Channel(clientId, officeId, out));
        if (previous != null) {
            previous.shut();
        }
    }

    public boolean isOpen(String clientId, OutputStream out) {
        Channel c = channels.get(clientId);
        return c != null && c.out == out && c.open;
    }

    /** Forgets the channel if it is still the workstation's current one; answers whether it was. */
    public boolean closed(String clientId, OutputStream out) {
        boolean[] current = new boolean[1];
        channels.computeIfPresent(clientId, (id, c) -> {
            current[0] = c.out == out;
            if (current[0]) {
                c.shut();
            }
            return current[0] ? null : c;
        });
        return current[0];
    }

    /** Queues the message to every workstation of the office; answers how many took it. */
    public int publish(long officeId, PushMessage message) {
        return publish(message, c -> c.officeId == officeId);
    }

    /** Queues the message to every workstation of every office (a switch of the whole installation). */
    public int publishToAll(PushMessage message) {
        return publish(message, c -> true);
    }

    private int publish(PushMessage message, java.util.function.Predicate<Channel> to) {
        byte[] frame;
        try {
            frame = ("event: " + message.topic() + "\ndata: " + json.writeValueAsString(message) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            LOG.log(Level.ERROR, "Push message could not be written: " + message, e);
            return 0;
        }
        int sent = 0;
        for (Channel c : channels.values()) {
            if (to.test(c) && c.offer(frame)) {
                sent++;
            }
        }
        return sent;
    }

    /** A comment line keeps idle connections open through proxies and finds dead ones. */
    public void heartbeat() {
        byte[] ping = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
        channels.values().forEach(c -> c.offer(ping));
    }

    public void closeAll() {
        channels.values().forEach(Channel::shut);
        channels.clear();
    }
}
