package org.cardfile.telephony.webhook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the voice webhook listens and how it checks requests. Read from the component's properties
 * first and the framework properties second, under the same names, so an admin can enable the driver
 * with nothing more than {@code -Dcardfile.telephony.webhook.port=…} in {@code CARDFILE_JAVA_OPTS}.
 *
 * @param port      TCP port; {@code null} when not configured (the driver stays idle), 0 for any free port
 * @param address   address to bind; loopback by default because a reverse proxy normally sits in front
 * @param path      the request path the provider posts to
 * @param authToken the provider account's auth token, the HMAC key of its request signatures
 * @param publicUrl the URL the provider calls and signs, when a proxy makes it differ from what this
 *                  server sees; empty to use {@code http://<Host header><path>}
 */
public record WebhookSettings(Integer port, String address, String path, String authToken, String publicUrl) {

    public static final String PREFIX = "cardfile.telephony.webhook.";
    public static final String PORT = PREFIX + "port";
    public static final String ADDRESS = PREFIX + "address";
    public static final String PATH = PREFIX + "path";
    public static final String AUTH_TOKEN = PREFIX + "authToken";
    public static final String PUBLIC_URL = PREFIX + "publicUrl";

    public WebhookSettings {
        address = blankTo(address, "127.0.0.1");
        path = blankTo(path, "/telephony/voice");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        authToken = authToken == null ? "" : authToken.strip();
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException(PORT + " must be 0..65535, not " + port);
        }
    }

    /**
     * Reads the settings through {@code lookup}, which answers a property's value or {@code null}.
     *
     * @throws IllegalArgumentException the port is not a number in range
     */
    public static WebhookSettings read(Function<String, String> lookup) {
        String port = lookup.apply(PORT);
        Integer parsedPort;
        try {
            parsedPort = port == null || port.isBlank() ? null : Integer.valueOf(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " is not a number: " + port, e);
        }
        return new WebhookSettings(parsedPort, lookup.apply(ADDRESS), lookup.apply(PATH), lookup.apply(AUTH_TOKEN),
                lookup.apply(PUBLIC_URL));
    }

    /** Why the endpoint must not start, or empty when it can. */
    public Optional<String> idleReason() {
        List<String> missing = new ArrayList<>();
        if (port == null) {
            missing.add(PORT);
        }
        if (authToken.isEmpty()) {
            // without the token no request can be verified, and an unverified endpoint would let anyone
            // put calls into the office's inbox
            missing.add(AUTH_TOKEN);
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("idle: " + String.join(" and ", missing) + " not set");
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
