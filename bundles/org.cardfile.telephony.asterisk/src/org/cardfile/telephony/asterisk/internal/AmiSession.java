package org.cardfile.telephony.asterisk.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.cardfile.telephony.asterisk.internal.AmiReader.MalformedBlockException;

/**
 * One logged-in AMI connection. Reading happens on the caller's thread; {@link #close()} may come from another.
 * <p>
 * Written over a plain socket rather than with asterisk-java: that library registers its event
 * classes by classpath scanning (org.reflections) in a static initialiser, which inside OSGi sees
 * only bundle URLs unless Eclipse's FileLocator is reachable through the context class loader, and
 * reflections requires slf4j 1.7 while asterisk-java requires slf4j 2. A protocol of
 * {@code Key: Value} lines does not justify that chain of libraries in the product.
 */
final class AmiSession implements AutoCloseable {

    /** Asterisk refused the login; retrying at once would only be refused again. */
    static final class LoginRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        LoginRefusedException(String message) {
            super(message);
        }
    }

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final String LOGIN_ID = "cardfile-login";

    private final AmiSettings settings;
    private final Socket socket;
    private final AmiReader reader;
    private final OutputStream out;
    private final String banner;
    private int pings;

    /**
     * Connects, reads the banner and logs in, asking only for call events.
     *
     * @throws LoginRefusedException the username or secret was refused
     * @throws IOException           no connection, no AMI banner, or the connection dropped
     */
    AmiSession(AmiSettings settings) throws IOException {
        this.settings = settings;
        socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            reader = new AmiReader(new BufferedInputStream(socket.getInputStream()));
            out = socket.getOutputStream();
            banner = reader.readLine();
            if (banner == null || !banner.startsWith("Asterisk Call Manager")) {
                throw new IOException("not an Asterisk Manager Interface: it greeted with '" + banner + "'");
            }
            send(List.of(new AmiMessage.Field("Action", "Login"), new AmiMessage.Field("ActionID", LOGIN_ID),
                    new AmiMessage.Field("Username", settings.username()),
                    new AmiMessage.Field("Secret", settings.secret()), new AmiMessage.Field("Events", "call")));
            awaitLogin();
            socket.setSoTimeout((int) settings.keepalive().toMillis());
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    String banner() {
        return banner;
    }

    private void awaitLogin() throws IOException {
        while (true) {
            AmiMessage message;
            try {
                message = reader.next();
            } catch (MalformedBlockException e) {
                continue; // nothing before the login's answer matters
            }
            if (message == null) {
                throw new EOFException("connection closed before the login was answered");
            }
            if (LOGIN_ID.equals(message.getOrEmpty("ActionID"))) {
                if (message.getOrEmpty("Response").equalsIgnoreCase("Success")) {
                    return;
                }
                throw new LoginRefusedException("login as " + settings.username() + " refused: "
                        + message.get("Message").orElse(message.getOrEmpty("Response")));
            }
        }
    }

    /**
     * Hands every event to {@code events} until the connection ends. Silence for a keepalive period
     * sends a Ping; silence for another one means the connection is dead.
     *
     * @param malformed told about each block that is not a message (it is skipped)
     * @throws IOException the connection dropped or went silent; never returns normally
     */
    void pump(Consumer<AmiMessage> events, Consumer<String> malformed) throws IOException {
        boolean pingOutstanding = false;
        while (true) {
            AmiMessage message;
            try {
                message = reader.next();
            } catch (SocketTimeoutException e) {
                if (pingOutstanding) {
                    throw new IOException("no answer to a keepalive Ping within " + settings.keepalive().toSeconds() + " s");
                }
                send(List.of(new AmiMessage.Field("Action", "Ping"),
                        new AmiMessage.Field("ActionID", "cardfile-ping-" + ++pings)));
                pingOutstanding = true;
                continue;
            } catch (MalformedBlockException e) {
                malformed.accept(e.getMessage());
                pingOutstanding = false;
                continue;
            }
            if (message == null) {
                throw new EOFException("connection closed by Asterisk");
            }
            pingOutstanding = false;
            if (message.event().isPresent()) {
                events.accept(message);
            }
        }
    }

    private synchronized void send(List<AmiMessage.Field> action) throws IOException {
        out.write(new AmiMessage(action).toWire().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Logs off politely when the connection still works, then closes it; unblocks {@link #pump}. */
    @Override
    public void close() {
        try {
            if (!socket.isClosed()) {
                send(List.of(new AmiMessage.Field("Action", "Logoff")));
            }
        } catch (IOException e) {
            // the connection is gone already; closing is all that is left
        }
        try {
            socket.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
