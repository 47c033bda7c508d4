package org.cardfile.telephony.asterisk.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A local TCP peer speaking AMI as Asterisk does: banner, login answer, then whatever events a test replays. */
final class FakeAsterisk implements AutoCloseable {
    private final ServerSocket server;

    FakeAsterisk() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setSoTimeout(15_000);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits for the driver to connect, greets it and answers its login; returns the session and the login action. */
    Session acceptLogin() throws IOException {
        Socket socket = server.accept();
        socket.setSoTimeout(15_000);
        Session session = new Session(socket);
        session.send("Asterisk Call Manager/5.0.1\r\n");
        Map<String, String> login = session.readAction();
        session.send("Response: Success\r\nActionID: " + login.get("ActionID")
                + "\r\nMessage: Authentication accepted\r\n\r\n");
        session.send("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 1000\r\nLastReload: 1000\r\nStatus: Fully Booted\r\n\r\n");
        session.login = login;
        return session;
    }

    /** Greets the next connection and refuses its login, as Asterisk does for a wrong secret. */
    Session acceptRefusingLogin() throws IOException {
        Socket socket = server.accept();
        socket.setSoTimeout(15_000);
        Session session = new Session(socket);
        session.send("Asterisk Call Manager/5.0.1\r\n");
        Map<String, String> login = session.readAction();
        session.send("Response: Error\r\nActionID: " + login.get("ActionID")
                + "\r\nMessage: Authentication failed\r\n\r\n");
        session.login = login;
        return session;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    static final class Session implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;
        Map<String, String> login;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        Map<String, String> readAction() throws IOException {
            Map<String, String> action = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                action.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
            return action;
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Replays a transcript from the test bundle, with AMI's CR LF line ends. */
        void replay(String resource) throws IOException {
            try (InputStream transcript = FakeAsterisk.class.getResourceAsStream(resource)) {
                if (transcript == null) {
                    throw new IOException("no transcript " + resource);
                }
                String text = new String(transcript.readAllBytes(), StandardCharsets.UTF_8);
                send(text.replace("\r\n", "\n").replace("\n", "\r\n"));
            }
        }

        /** Drops the connection the way a restarting Asterisk or a broken network does. */
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
