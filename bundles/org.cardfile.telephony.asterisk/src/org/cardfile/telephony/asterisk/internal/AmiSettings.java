package org.cardfile.telephony.asterisk.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How to reach the Asterisk Manager Interface and what to take from it. Read from the component's
 * properties first and the framework properties second, under the same names
 * ({@code cardfile.telephony.ami.*}), so {@code -D} options in {@code CARDFILE_JAVA_OPTS} suffice.
 *
 * @param host        the Asterisk server; empty keeps the driver idle
 * @param port        AMI port, 5038 by default
 * @param username    the manager user ({@code manager.conf}); needs read permission {@code call}
 * @param secret      its secret
 * @param contexts    dialplan contexts whose new channels are incoming calls (e.g. {@code from-trunk});
 *                    empty takes every new channel, internal calls included
 * @param didVariable a channel variable holding the dialled number (listed in {@code channelvars} of
 *                    {@code manager.conf}, so Asterisk sends it as {@code ChanVariable}); empty to use
 *                    the {@code Exten} the call arrived on
 * @param reconnect   first wait before reconnecting; doubles after each failure up to {@code maxReconnect}
 * @param maxReconnect longest wait between reconnection attempts
 * @param keepalive   idle time after which a Ping is sent; no answer within another such time drops
 *                    the connection, so a half-open TCP connection is noticed
 */
public record AmiSettings(String host, int port, String username, String secret, Set<String> contexts,
        String didVariable, Duration reconnect, Duration maxReconnect, Duration keepalive) {

    public static final String PREFIX = "cardfile.telephony.ami.";
    public static final String HOST = PREFIX + "host";
    public static final String PORT = PREFIX + "port";
    public static final String USERNAME = PREFIX + "username";
    public static final String SECRET = PREFIX + "secret";
    public static final String CONTEXTS = PREFIX + "contexts";
    public static final String DID_VARIABLE = PREFIX + "didVariable";
    public static final String RECONNECT_MILLIS = PREFIX + "reconnectMillis";
    public static final String MAX_RECONNECT_MILLIS = PREFIX + "maxReconnectMillis";
    public static final String KEEPALIVE_SECONDS = PREFIX + "keepaliveSeconds";

    public AmiSettings {
        host = host == null ? "" : host.strip();
        username = username == null ? "" : username.strip();
        secret = secret == null ? "" : secret;
        contexts = Set.copyOf(contexts);
        didVariable = didVariable == null ? "" : didVariable.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be 1..65535, not " + port);
        }
        if (reconnect.isNegative() || reconnect.isZero() || maxReconnect.compareTo(reconnect) < 0) {
            throw new IllegalArgumentException(RECONNECT_MILLIS + " must be positive and at most " + MAX_RECONNECT_MILLIS);
        }
        if (keepalive.isNegative() || keepalive.isZero()) {
            throw new IllegalArgumentException(KEEPALIVE_SECONDS + " must be positive");
        }
    }

    /**
     * Reads the settings through {@code lookup}, which answers a property's value or {@code null}.
     *
     * @throws IllegalArgumentException a number is malformed or out of range
     */
    public static AmiSettings read(Function<String, String> lookup) {
        String contexts = lookup.apply(CONTEXTS);
        return new AmiSettings(lookup.apply(HOST), number(lookup, PORT, 5038), lookup.apply(USERNAME),
                lookup.apply(SECRET),
                contexts == null ? Set.of()
                        : Arrays.stream(contexts.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                                .collect(Collectors.toSet()),
                lookup.apply(DID_VARIABLE), Duration.ofMillis(number(lookup, RECONNECT_MILLIS, 1000)),
                Duration.ofMillis(number(lookup, MAX_RECONNECT_MILLIS, 60_000)),
                Duration.ofSeconds(number(lookup, KEEPALIVE_SECONDS, 30)));
    }

    /** Why the driver must not connect, or empty when it can. */
    public Optional<String> idleReason() {
        List<String> missing = new ArrayList<>();
        if (host.isEmpty()) {
            missing.add(HOST);
        }
        if (username.isEmpty()) {
            missing.add(USERNAME);
        }
        if (secret.isEmpty()) {
            missing.add(SECRET);
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("idle: " + String.join(", ", missing) + " not set");
    }

    public String endpoint() {
        return host + ":" + port;
    }

    private static int number(Function<String, String> lookup, String key, int fallback) {
        String value = lookup.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value, e);
        }
    }
}
