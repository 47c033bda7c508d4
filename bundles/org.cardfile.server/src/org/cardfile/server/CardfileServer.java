package org.cardfile.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.capabilities.CapabilitySwitch;
import org.cardfile.core.model.Office;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.server.Activity;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.service.OfficeDirectory;
import org.cardfile.rpc.Json;
import org.cardfile.rpc.Paths;
import org.cardfile.rpc.PushMessage;
import org.cardfile.rpc.Registration;
import org.cardfile.rpc.RemoteError;
import org.cardfile.rpc.ReportWire;
import org.cardfile.rpc.SeatsExhaustedException;
import org.cardfile.server.internal.HeldReports;
import org.cardfile.server.internal.Replies;
import org.cardfile.server.internal.ReportEndpoint;
import org.cardfile.server.internal.ServerParts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The system server's network face: workstations take a seat, call the core services as JSON over
 * HTTPS and listen for their office's events on a server-sent-events channel; telephony drivers on
 * other hosts deliver call events with the driver token. Nothing is served without TLS.
 */
public final class CardfileServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CardfileServer.class.getName());
    /** Larger request bodies are refused: a CSV import is the largest thing a workstation sends. */
    private static final int MAX_BODY = 64 * 1024 * 1024;
    /** A workstation whose push channel stays closed this long gives its seat back. */
    private static final long SEAT_GRACE_MILLIS = 30_000;

    private final ServerSettings settings;
    private final ServiceDirectory services;
    private final OfficeDirectory offices;
    private final ObjectMapper json = Json.mapper();
    private final ServerParts parts;
    private final HeldReports reports = new HeldReports();
    private final HttpsServer http;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "Cardfile server request");
        t.setDaemon(true);
        return t;
    });
    /** Keeps report runs' progress streams alive; apart from the heartbeat, so a slow reader delays no push. */
    private final ScheduledExecutorService reportTimer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "Cardfile server report progress");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "Cardfile server heartbeat");
        t.setDaemon(true);
        return t;
    });

    public CardfileServer(ServerSettings settings, ServiceDirectory services, OfficeDirectory offices)
            throws IOException, GeneralSecurityException {
        this.settings = settings;
        this.services = services;
        this.offices = offices;
        this.parts = new ServerParts(services, json, settings::seats);
        http = HttpsServer.create(new InetSocketAddress(settings.address(), settings.port()), 50);
        http.setHttpsConfigurator(new HttpsConfigurator(tls(settings)));
        http.setExecutor(workers);
        http.createContext(Paths.CALL, guarded(this::call));
        http.createContext(Paths.REGISTER, guarded(this::register));
        http.createContext(Paths.EVENTS, guarded(this::events));
        http.createContext(ReportWire.ROOT, guarded(new ReportEndpoint(services, json, this::signedIn, reports,
                reportTimer)));
    }

    private static SSLContext tls(ServerSettings settings) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(settings.keystore())) {
            keys.load(in, settings.keystorePassword());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, settings.keystorePassword());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return tls;
    }

    public CardfileServer start() {
        http.start();
        heartbeat.scheduleAtFixedRate(parts.push()::heartbeat, 15, 15, TimeUnit.SECONDS);
        heartbeat.scheduleAtFixedRate(() -> reports.sweep(Instant.now()), 1, 1, TimeUnit.MINUTES);
        LOG.log(Level.INFO, "Cardfile server listening on https://{0}:{1}", settings.address(), String.valueOf(port()));
        return this;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The admins' view; also offered to workstations as the {@link ServerMonitor} service. */
    public ServerMonitor monitor() {
        return parts.monitor();
    }

    /** Pushes an Event Admin event to the workstations of the office it names, and into the feed. */
    public void publish(org.osgi.service.event.Event event) {
        Map<String, Object> properties = new java.util.HashMap<>();
        for (String name : event.getPropertyNames()) {
            if (!org.osgi.service.event.EventConstants.EVENT_TOPIC.equals(name)) {
                properties.put(name, event.getProperty(name));
            }
        }
        publish(event.getTopic(), properties);
    }

    public void publish(String topic, Map<String, Object> properties) {
        if (Capabilities.CHANGED.equals(topic)) {
            publishSwitch(properties);
            return;
        }
        if (!(properties.get(CallTopics.OFFICE_ID) instanceof Long officeId)) {
            return;
        }
        parts.push().publish(officeId, new PushMessage(topic, properties));
        if (CallTopics.CHANGED.equals(topic)) {
            String who = String.valueOf(properties.getOrDefault(CallTopics.TAKEN_BY, ""));
            parts.feed().add(new Activity(Instant.now(), officeId, who.isEmpty() ? "telephony" : who,
                    "call " + properties.get(CallTopics.CALL_ID) + " " + properties.get(CallTopics.STATUS)
                            + (who.isEmpty() ? "" : ", taken")));
        }
    }

    /** Report layouts were added, changed or removed here: every workstation relists. */
    public void reportsChanged() {
        parts.push().publishToAll(new PushMessage(Reports.CHANGED, Map.of()));
    }

    /** A feature switched: every workstation concerned hides or shows it, and the admin's office sees it in the feed. */
    private void publishSwitch(Map<String, Object> properties) {
        if (!(properties.get(Capabilities.OFFICE_ID) instanceof Long officeId)) {
            return;
        }
        PushMessage message = new PushMessage(Capabilities.CHANGED, properties);
        if (officeId == CapabilitySwitch.INSTALLATION) {
            parts.push().publishToAll(message);
        } else {
            parts.push().publish(officeId, message);
        }
        if (properties.get(Capabilities.ADMIN_OFFICE_ID) instanceof Long adminOffice) {
            parts.feed().add(new Activity(Instant.now(), adminOffice,
                    String.valueOf(properties.getOrDefault(Capabilities.SWITCHED_BY, "admin")),
                    "feature " + properties.get(Capabilities.CAPABILITY) + " switched "
                            + (Boolean.TRUE.equals(properties.get(Capabilities.ON)) ? "on" : "off")
                            + (officeId == CapabilitySwitch.INSTALLATION ? " for the whole installation"
                                    : " for this office")));
        }
    }

    private void call(HttpExchange x) throws IOException {
        try (x) {
            if (!"POST".equals(x.getRequestMethod())) {
                reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "Calls are POSTed."));
                return;
            }
            String[] path = x.getRequestURI().getPath().substring(Paths.CALL.length()).split("/");
            if (path.length != 2) {
                reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "A call names a service and a method."));
                return;
            }
            Optional<RemoteError> refused = admitted(x, path[0]);
            if (refused.isPresent()) {
                reply(x, refused.get());
                return;
            }
            byte[] body = x.getRequestBody().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "The request is larger than " + MAX_BODY / (1024 * 1024)
                        + " MB."));
                return;
            }
            long seatOffice = seatOffice(x);
            byte[] result;
            try {
                result = parts.dispatcher().call(path[0], path[1], body, seatOffice);
            } catch (org.cardfile.server.internal.CallDispatcher.Refused r) {
                reply(x, r.error());
                return;
            }
            send(x, 200, result);
        }
    }

    /** The JDK server would only drop the connection and log a handler's failure at TRACE. */
    private HttpHandler guarded(HttpHandler handler) {
        return x -> {
            try {
                handler.handle(x);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Request " + x.getRequestURI() + " from " + x.getRemoteAddress() + " failed", e);
                try {
                    reply(x, RemoteError.of(RemoteError.Kind.SERVER, "The server failed on this request; see its log."));
                } catch (IOException | RuntimeException again) {
                    LOG.log(Level.DEBUG, "No answer could be sent", again);
                } finally {
                    x.close();
                }
            }
        };
    }

    /**
     * Workstations call with the client id of their seat; a telephony driver delivers call events
     * with the driver token; setting up an empty database needs neither. Everything else is refused
     * before any service runs.
     */
    private Optional<RemoteError> admitted(HttpExchange x, String service) {
        if ("CallEventSink".equals(service)) {
            String token = Optional.ofNullable(x.getRequestHeaders().getFirst(Paths.DRIVER_HEADER)).orElse("");
            if (settings.driverToken().isEmpty() || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    settings.driverToken().getBytes(StandardCharsets.UTF_8))) {
                LOG.log(Level.WARNING, "Call event from {0} refused: wrong or missing driver token", x.getRemoteAddress());
                return Optional.of(RemoteError.of(RemoteError.Kind.ACCESS_DENIED, "Wrong or missing driver token."));
            }
            return Optional.empty();
        }
        if ("FirstRun".equals(service)) {
            // an empty database has no office to take a seat of yet; FirstRun works only while no one exists
            return Optional.empty();
        }
        String client = x.getRequestHeaders().getFirst(Paths.CLIENT_HEADER);
        if (parts.seats().seat(client).isPresent()) {
            parts.seats().seen(client, Instant.now());
        } else {
            return Optional.of(RemoteError.of(RemoteError.Kind.SEATS_EXHAUSTED,
                    "This workstation holds no seat on the server (it was away too long, or the server restarted); restart Cardfile to take one."));
        }
        return Optional.empty();
    }

    /**
     * A request of someone signed in at a workstation with a seat, for their own office (reports):
     * the session comes from its token, so a workstation cannot claim someone else's.
     */
    private Optional<Session> signedIn(HttpExchange x) throws IOException {
        Optional<RemoteError> refused = admitted(x, "Reports");
        if (refused.isPresent()) {
            reply(x, refused.get());
            return Optional.empty();
        }
        long seatOffice = seatOffice(x);
        Optional<Session> session = session(x);
        if (session.isEmpty()) {
            reply(x, RemoteError.of(RemoteError.Kind.AUTHENTICATION,
                    "The server does not know this sign-in (it expired, or the server restarted); sign in again."));
            return Optional.empty();
        }
        if (session.get().officeId() != seatOffice) {
            reply(x, RemoteError.of(RemoteError.Kind.ACCESS_DENIED, "This workstation serves another office; sign in at a"
                    + " workstation of " + session.get().office().name() + "."));
            return Optional.empty();
        }
        return session;
    }

    /** The office of the calling workstation's seat; 0 for a caller without one. */
    private long seatOffice(HttpExchange x) {
        return parts.seats().seat(x.getRequestHeaders().getFirst(Paths.CLIENT_HEADER)).map(seat -> seat.office().id())
                .orElse(0L);
    }

    /** The session the request's token names, if the sign-in service knows it. */
    private Optional<Session> session(HttpExchange x) {
        String token = Optional.ofNullable(x.getRequestHeaders().getFirst(Paths.SESSION_HEADER)).orElse("");
        return services.find(AuthenticationService.class).map(AuthenticationService.class::cast)
                .flatMap(auth -> auth.session(token));
    }

    private void register(HttpExchange x) throws IOException {
        try (x) {
            if ("DELETE".equals(x.getRequestMethod())) {
                parts.seats().release(x.getRequestHeaders().getFirst(Paths.CLIENT_HEADER));
                send(x, 204, new byte[0]);
                return;
            }
            Registration r;
            try {
                r = json.readValue(x.getRequestBody().readNBytes(64 * 1024), Registration.class);
            } catch (IOException e) {
                reply(x, RemoteError.of(RemoteError.Kind.BAD_REQUEST, "Not a registration: " + e.getMessage()));
                return;
            }
            Optional<Office> office = offices.byCode(r.officeCode());
            if (office.isEmpty()) {
                reply(x, RemoteError.of(RemoteError.Kind.NOT_FOUND, "There is no office with the code '" + r.officeCode()
                        + "' on this server."));
                return;
            }
            try {
                Registration.Seat seat = parts.seats().take(office.get(), r.workstationName(),
                        String.valueOf(x.getRemoteAddress()), settings.seats(office.get().code()), Instant.now(),
                        SEAT_GRACE_MILLIS);
                LOG.log(Level.INFO, "Workstation {0} ({1}) took seat {2} of {3} in {4}", r.workstationName(),
                        x.getRemoteAddress(), seat.seatsInUse(), seat.seats(), office.get().code());
                send(x, 200, json.writeValueAsBytes(seat));
            } catch (SeatsExhaustedException e) {
                LOG.log(Level.WARNING, "Workstation {0} refused: {1}", r.workstationName(), e.getMessage());
                reply(x, RemoteError.of(RemoteError.Kind.SEATS_EXHAUSTED, e.getMessage()));
            }
        }
    }

    /**
     * Holds the response open and lets the push hub write events into it until either side closes.
     * Only a workstation with a seat, and someone of that seat's office signed in on it, listens:
     * the stream names calls and the reps who take them.
     */
    private void events(HttpExchange x) throws IOException {
        String client = x.getRequestHeaders().getFirst(Paths.CLIENT_HEADER);
        var seat = parts.seats().seat(client);
        if (seat.isEmpty()) {
            try (x) {
                reply(x, RemoteError.of(RemoteError.Kind.SEATS_EXHAUSTED, "Register the workstation first."));
            }
            return;
        }
        Optional<Session> session = session(x);
        if (session.isEmpty() || session.get().officeId() != seat.get().office().id()) {
            try (x) {
                reply(x, RemoteError.of(RemoteError.Kind.ACCESS_DENIED,
                        "Sign in at this workstation, as someone of its office, to receive its calls."));
            }
            return;
        }
        x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        out.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        parts.push().open(client, seat.get().office().id(), out);
        parts.seats().listening(client, true, Instant.now());
        try {
            // the exchange's thread waits here; the hub writes from the publishing threads
            while (parts.push().isOpen(client, out)) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // a reconnect may have replaced this channel already: only the current one's end counts
            if (parts.push().closed(client, out)) {
                parts.seats().listening(client, false, Instant.now());
            }
            x.close();
        }
    }

    private void reply(HttpExchange x, RemoteError error) throws IOException {
        send(x, error.type().status(), json.writeValueAsBytes(error));
    }

    private static void send(HttpExchange x, int status, byte[] body) throws IOException {
        Replies.send(x, status, Replies.JSON, body);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        reportTimer.shutdownNow();
        parts.push().closeAll();
        http.stop(0);
        reports.close();
        workers.shutdownNow();
        LOG.log(Level.INFO, "Cardfile server on port {0} stopped", String.valueOf(port()));
    }
}
