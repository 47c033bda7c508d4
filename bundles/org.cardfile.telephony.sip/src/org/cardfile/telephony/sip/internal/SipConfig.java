package org.cardfile.telephony.sip.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where and how the SIP endpoint listens.
 *
 * @param address     the local address to bind and to name in Contact and SDP
 * @param port        the SIP port; 0 means not configured, and the driver stays idle
 * @param transports  {@code udp} and/or {@code tcp}, lower case
 * @param ringTime    how long a call rings (180) before the endpoint answers it (200)
 * @param destination what to report as the call's destination; empty to take the To header's user
 */
public record SipConfig(String address, int port, List<String> transports, Duration ringTime, String destination) {

    /** Prefix of the framework properties read when the component has no property of its own. */
    public static final String FRAMEWORK_PREFIX = "cardfile.telephony.sip.";
    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    public static final String DEFAULT_TRANSPORTS = "udp,tcp";
    /**
     * Two seconds of ringing: long enough for the office to see the RINGING call (and the caller's
     * card) before it is marked answered, short enough that a caller is not left waiting.
     */
    public static final Duration DEFAULT_RING_TIME = Duration.ofSeconds(2);

    public SipConfig {
        address = address == null || address.isBlank() ? DEFAULT_ADDRESS : address.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SIP port out of range: " + port);
        }
        transports = List.copyOf(transports == null || transports.isEmpty() ? List.of("udp") : transports);
        for (String t : transports) {
            if (!t.equals("udp") && !t.equals("tcp")) {
                throw new IllegalArgumentException("Unsupported SIP transport '" + t + "' (use udp and/or tcp)");
            }
        }
        ringTime = ringTime == null || ringTime.isNegative() ? DEFAULT_RING_TIME : ringTime;
        destination = destination == null ? "" : destination.strip();
    }

    public boolean configured() {
        return port > 0;
    }

    /**
     * Reads each setting from the component's properties (Configuration Admin, key without prefix),
     * else from the framework property {@code cardfile.telephony.sip.<key>}, else the default.
     */
    public static SipConfig read(Function<String, Object> component, Function<String, String> framework) {
        Function<String, String> get = key -> {
            Object value = component.apply(key);
            if (value == null || value.toString().isBlank()) {
                value = framework.apply(FRAMEWORK_PREFIX + key);
            }
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        };
        String port = get.apply("port");
        String ring = get.apply("ring.millis");
        String transport = get.apply("transport");
        return new SipConfig(get.apply("address"), port == null ? 0 : parse("port", port),
                transports(transport == null ? DEFAULT_TRANSPORTS : transport),
                ring == null ? DEFAULT_RING_TIME : Duration.ofMillis(parse("ring.millis", ring)),
                get.apply("destination"));
    }

    static List<String> transports(String list) {
        List<String> result = new ArrayList<>();
        for (String part : list.split("[,\\s]+")) {
            String t = part.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !result.contains(t)) {
                result.add(t);
            }
        }
        return result;
    }

    private static int parse(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SIP setting " + key + " is not a number: '" + value + "'", e);
        }
    }

    /** For logs and the admin: {@code udp+tcp 127.0.0.1:5060}. */
    public String where() {
        return String.join("+", transports) + " " + (address.contains(":") ? "[" + address + "]" : address) + ":"
                + port;
    }
}
