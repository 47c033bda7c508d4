package org.cardfile.mail.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The SMTP server mail goes through.
 *
 * @param host        the server; empty means e-mail is not set up
 * @param port        the port, never 0 (the security setting's usual one when none was given)
 * @param security    how the connection is protected
 * @param username    the login; empty when the server takes mail without one
 * @param password    the login's password
 * @param fromAddress the sender address
 * @param fromName    the sender name; may be empty
 * @param timeout     how long to wait for the connection and each answer
 */
record SmtpSettings(String host, int port, Security security, String username, String password, String fromAddress,
        String fromName, Duration timeout) {

    /** Prefix of the framework properties read when the configuration does not have the key. */
    static final String FRAMEWORK_PREFIX = "cardfile.mail.smtp.";
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    enum Security {
        NONE(25, "no encryption"), STARTTLS(587, "STARTTLS"), SSL(465, "SSL");

        final int defaultPort;
        final String label;

        Security(int defaultPort, String label) {
            this.defaultPort = defaultPort;
            this.label = label;
        }

        static Security parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "none", "plain", "" -> NONE;
                case "starttls", "tls" -> STARTTLS;
                case "ssl", "smtps" -> SSL;
                default -> throw new IllegalArgumentException("Unknown SMTP security '" + text
                        + "' (use none, starttls or ssl)");
            };
        }
    }

    SmtpSettings {
        host = host == null ? "" : host.strip();
        security = security == null ? Security.STARTTLS : security;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        port = port == 0 ? security.defaultPort : port;
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        fromAddress = fromAddress == null ? "" : fromAddress.strip();
        fromName = fromName == null ? "" : fromName.strip();
        timeout = timeout == null || timeout.isNegative() || timeout.isZero()
                ? Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS) : timeout;
    }

    /** What is missing before mail can be sent; empty when nothing is. */
    List<String> missing() {
        if (host.isEmpty()) {
            return List.of("host", "from.address");
        }
        return fromAddress.isEmpty() ? List.of("from.address") : List.of();
    }

    boolean configured() {
        return missing().isEmpty();
    }

    /** "host:port", as the messages name the server. */
    String server() {
        return host + ":" + port;
    }

    /** "smtp.example.com:587 (STARTTLS) as leasing@example.com". */
    String describe() {
        String login = username.isEmpty() ? "" : ", login " + username;
        return server() + " (" + security.label + login + ") as " + fromAddress;
    }

    /** Why mail cannot be sent yet and what to set, for a rep to pass on to the office admin. */
    String howToConfigure() {
        List<String> keys = missing().stream().map(k -> FRAMEWORK_PREFIX + k).toList();
        return "the office's mail server is not configured (missing " + String.join(" and ", keys)
                + "). An administrator sets the " + FRAMEWORK_PREFIX + "* settings in cardfile.properties in the"
                + " workstation's data folder, or in server.properties on the server; see \"E-mail from cards\" in the README.";
    }

    /**
     * Reads each setting from the component's configuration (Configuration Admin, key without prefix),
     * else from the framework property {@code cardfile.mail.smtp.<key>}, else the default.
     *
     * @throws IllegalArgumentException a setting that cannot be read, naming it
     */
    static SmtpSettings read(Function<String, Object> component, Function<String, String> framework) {
        Function<String, String> get = key -> {
            Object value = component.apply(key);
            if (value == null || value.toString().isBlank()) {
                value = framework.apply(FRAMEWORK_PREFIX + key);
            }
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        };
        String port = get.apply("port");
        String security = get.apply("security");
        String timeout = get.apply("timeout");
        String password = get.apply("password");
        String passwordFile = get.apply("passwordFile");
        if (password == null && passwordFile != null) {
            password = firstLine(passwordFile);
        }
        Security protection = security == null ? Security.STARTTLS : Security.parse(security);
        String username = get.apply("username");
        if (protection == Security.NONE && username != null && !"true".equalsIgnoreCase(get.apply("plainLogin"))) {
            throw new IllegalArgumentException("The setting " + FRAMEWORK_PREFIX + "username is set while "
                    + FRAMEWORK_PREFIX + "security is none, so the password would cross the network unencrypted."
                    + " Use starttls or ssl, or set " + FRAMEWORK_PREFIX + "plainLogin=true for a relay on a trusted"
                    + " network.");
        }
        return new SmtpSettings(get.apply("host"), port == null ? 0 : number("port", port),
                protection, username, password,
                get.apply("from.address"), get.apply("from.name"),
                timeout == null ? null : Duration.ofSeconds(number("timeout", timeout)));
    }

    private static int number(String key, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The setting " + FRAMEWORK_PREFIX + key + " is not a whole number: "
                    + text, e);
        }
    }

    private static String firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the SMTP password file " + file + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        // never print the password, e.g. in a log line
        return "SmtpSettings[" + (host.isEmpty() ? "not configured" : describe()) + "]";
    }
}
