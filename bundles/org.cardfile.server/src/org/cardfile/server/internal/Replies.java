package org.cardfile.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.UUID;

import org.cardfile.rpc.RemoteError;

import com.sun.net.httpserver.HttpExchange;

/** How the server's handlers answer: a body with its type and length, and failures a workstation may see. */
public final class Replies {
    public static final String JSON = "application/json; charset=utf-8";
    private static final System.Logger LOG = System.getLogger(Replies.class.getName());

    private Replies() {
    }

    /** Sends {@code body} whole; 204 sends none. */
    public static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        if (status == 204) {
            x.sendResponseHeaders(204, -1);
            return;
        }
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * The refusal a workstation gets for what {@code what} threw. A refusal the user can act on travels
     * as it is; an unexpected failure is logged here and the workstation gets a reference to quote,
     * not the server's internals.
     */
    public static RemoteError forWorkstation(Throwable cause, String what) {
        RemoteError error = RemoteError.of(cause);
        if (error.type() != RemoteError.Kind.SERVER) {
            return error;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.ERROR, what + " failed (reference " + reference + ")", cause);
        return RemoteError.of(RemoteError.Kind.SERVER, "The server could not complete " + what
                + "; its log has the details under reference " + reference + ".");
    }
}
