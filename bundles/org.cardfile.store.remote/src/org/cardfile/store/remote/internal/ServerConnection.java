package org.cardfile.store.remote.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.cardfile.rpc.Json;
import org.cardfile.rpc.Paths;
import org.cardfile.rpc.Registration;
import org.cardfile.rpc.RemoteError;
import org.cardfile.rpc.ServerException;
import org.cardfile.rpc.ServiceCatalog;
import org.cardfile.store.remote.RemoteSettings;

import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTPS to one Cardfile server: service calls, the seat, and the push stream. */
public final class ServerConnection {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STREAM_HEADERS_TIMEOUT = Duration.ofMinutes(2);

    private final RemoteSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();
    private volatile String clientId = "";
    private volatile String sessionToken = "";

    public ServerConnection(RemoteSettings settings) throws IOException, GeneralSecurityException {
        this.settings = settings;
        http = HttpClient.newBuilder().sslContext(tls(settings)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static SSLContext tls(RemoteSettings settings) throws IOException, GeneralSecurityException {
        if (settings.truststore() == null) {
            return SSLContext.getDefault();
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(settings.truststore())) {
            trusted.load(in, settings.truststorePassword());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return tls;
    }

    public ObjectMapper json() {
        return json;
    }

    public String clientId() {
        return clientId;
    }

    /** Someone signed in through this connection; the push channel opens with their session. */
    public void signedIn(String token) {
        sessionToken = token == null ? "" : token;
    }

    public void signedOut() {
        sessionToken = "";
    }

    public String sessionToken() {
        return sessionToken;
    }

    public Registration.Seat register() {
        Registration.Seat seat = send(HttpRequest.newBuilder(uri(Paths.REGISTER)).timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(body(new Registration(settings.officeCode(), settings.workstationName()))), Registration.Seat.class);
        clientId = seat.clientId();
        return seat;
    }

    public void release() {
        if (clientId.isEmpty()) {
            return;
        }
        try {
            http.send(HttpRequest.newBuilder(uri(Paths.REGISTER)).timeout(Duration.ofSeconds(5))
                    .header(Paths.CLIENT_HEADER, clientId).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the server gives the seat back by itself once the push channel stays closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Calls {@code method} of {@code service} on the server and reads the result as the method's return type. */
    public Object call(Class<?> service, Method method, List<Object> args) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(ServiceCatalog.path(service, method)))
                .timeout(CALL_TIMEOUT).header("Content-Type", "application/json")
                .header(Paths.CLIENT_HEADER, clientId).POST(body(args));
        if (!settings.driverToken().isEmpty()) {
            request.header(Paths.DRIVER_HEADER, settings.driverToken());
        }
        Type returns = method.getGenericReturnType();
        return returns == void.class ? send(request, Void.class) : send(request, returns);
    }

    /** Opens the server-sent-events stream of this workstation's office. */
    public InputStream events() throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri(Paths.EVENTS))
                .header(Paths.CLIENT_HEADER, clientId).header(Paths.SESSION_HEADER, sessionToken)
                .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            try (InputStream in = response.body()) {
                throw error(response.statusCode(), in.readAllBytes());
            }
        }
        return response.body();
    }

    /**
     * A request of the signed-in {@code sessionToken} whose answer is read as a stream (reports); an
     * answer other than {@code 200} or {@code 204} is thrown as the error the server sent.
     */
    public HttpResponse<InputStream> exchange(HttpRequest.Builder request, String sessionToken) {
        HttpResponse<InputStream> response = sent(request.header(Paths.CLIENT_HEADER, clientId)
                .header(Paths.SESSION_HEADER, sessionToken).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            try (InputStream in = response.body()) {
                throw error(response.statusCode(), in.readAllBytes());
            } catch (IOException e) {
                throw new ServerException("The Cardfile server answered " + response.statusCode()
                        + " and then stopped: " + e.getMessage(), e);
            }
        }
        return response;
    }

    /**
     * A request to {@code path} that must be answered (its headers, for a stream) within two minutes;
     * streams send their headers at once and then stay open as long as they report.
     */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(STREAM_HEADERS_TIMEOUT);
    }

    /** Sends {@code request}; a server that cannot be reached or does not answer is said so in words. */
    private <T> HttpResponse<T> sent(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (ConnectException e) {
            throw new ServerException("The Cardfile server at " + settings.server() + " cannot be reached ("
                    + e.getMessage() + "). Check that it runs and that this computer can reach it.", e);
        } catch (IOException e) {
            throw new ServerException("The Cardfile server at " + settings.server() + " did not answer: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("Interrupted while waiting for the Cardfile server", e);
        }
    }

    private HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot send " + value + ": " + e.getMessage(), e);
        }
    }

    private <T> T send(HttpRequest.Builder request, Class<T> type) {
        return send(request, (Type) type);
    }

    @SuppressWarnings("unchecked")
    private <T> T send(HttpRequest.Builder request, Type type) {
        HttpResponse<byte[]> response = sent(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw error(response.statusCode(), response.body());
        }
        if (type == Void.class) {
            return null;
        }
        try {
            return (T) json.readValue(response.body(), json.constructType(type));
        } catch (IOException e) {
            throw new ServerException("The server's answer could not be read: " + e.getMessage(), e);
        }
    }

    RuntimeException error(int status, byte[] body) {
        try {
            RemoteError error = json.readValue(body, RemoteError.class);
            if (error != null && error.type() != null) {
                return error.toException();
            }
            return new ServerException("The Cardfile server answered " + status + " without saying why.");
        } catch (IOException e) {
            return new ServerException("The Cardfile server answered " + status + ": "
                    + new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private URI uri(String path) {
        return settings.server().resolve(path);
    }
}
