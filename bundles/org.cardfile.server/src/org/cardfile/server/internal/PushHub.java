package org.cardfile.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cardfile.rpc.PushMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The open push channels (server-sent events), one per workstation. A message for an office goes to
 * every workstation of that office; a channel whose write fails is closed and forgotten.
 */
public final class PushHub {
    private static final System.Logger LOG = System.getLogger(PushHub.class.getName());

    private record Channel(long officeId, OutputStream out) {
    }

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    public PushHub(ObjectMapper json) {
        this.json = json;
    }

    public void open(String clientId, long officeId, OutputStream out) {
        Channel previous = channels.put(clientId, new Channel(officeId, out));
        if (previous != null) {
            close(previous);
        }
    }

    public boolean isOpen(String clientId, OutputStream out) {
        Channel c = channels.get(clientId);
        return c != null && c.out() == out;
    }

    /** Forgets the channel if it is still the workstation's current one; answers whether it was. */
    public boolean closed(String clientId, OutputStream out) {
        boolean[] current = new boolean[1];
        channels.computeIfPresent(clientId, (id, c) -> {
            current[0] = c.out() == out;
            return current[0] ? null : c;
        });
        return current[0];
    }

    /** Sends to every workstation of the office; answers how many got it. */
    public int publish(long officeId, PushMessage message) {
        byte[] frame;
        try {
            frame = ("event: " + message.topic() + "\ndata: " + json.writeValueAsString(message) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            LOG.log(Level.ERROR, "Push message could not be written: " + message, e);
            return 0;
        }
        int sent = 0;
        for (Map.Entry<String, Channel> e : channels.entrySet()) {
            if (e.getValue().officeId() == officeId && write(e.getKey(), e.getValue(), frame)) {
                sent++;
            }
        }
        return sent;
    }

    /** A comment line keeps idle connections open through proxies and finds dead ones. */
    public void heartbeat() {
        byte[] ping = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
        channels.forEach((id, c) -> write(id, c, ping));
    }

    private boolean write(String clientId, Channel c, byte[] frame) {
        try {
            synchronized (c.out()) {
                c.out().write(frame);
                c.out().flush();
            }
            return true;
        } catch (IOException e) {
            LOG.log(Level.INFO, "Push channel of workstation {0} closed: {1}", clientId, e.getMessage());
            channels.remove(clientId, c);
            close(c);
            return false;
        }
    }

    private static void close(Channel c) {
        try {
            c.out().close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a push channel", e);
        }
    }

    public void closeAll() {
        channels.values().forEach(PushHub::close);
        channels.clear();
    }
}
