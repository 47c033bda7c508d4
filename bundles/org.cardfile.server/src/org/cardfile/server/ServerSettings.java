package org.cardfile.server;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cardfile.rpc.SecretFile;

/**
 * How the server listens. Every value comes from a property {@code cardfile.server.<key>}:
 * {@code port} (required), {@code address} (default 0.0.0.0), {@code keystore} (PKCS#12 file with the
 * TLS key and certificate, required), {@code keystorePasswordFile}, {@code driverTokenFile} (the
 * secret telephony drivers on other hosts present), {@code seats} (seat licences per office,
 * default 25) and {@code officeSeats} for single offices, e.g. {@code SPR=5,SHV=2}.
 */
public record ServerSettings(String address, int port, Path keystore, char[] keystorePassword, String driverToken,
        int defaultSeats, Map<String, Integer> seatsByOffice) {

    public static final String PREFIX = "cardfile.server.";

    public ServerSettings {
        seatsByOffice = Map.copyOf(seatsByOffice);
    }

    public int seats(String officeCode) {
        return seatsByOffice.getOrDefault(officeCode.toUpperCase(java.util.Locale.ROOT), defaultSeats);
    }

    /**
     * Reads the settings, or says in one sentence what is missing or wrong.
     *
     * @param config a property's value by its full name, or null
     */
    public static Optional<ServerSettings> from(Function<String, String> config, StringBuilder problem) {
        String port = config.apply(PREFIX + "port");
        if (port == null || port.isBlank()) {
            problem.append("no port: set ").append(PREFIX).append("port to serve workstations");
            return Optional.empty();
        }
        try {
            String keystore = required(config, "keystore");
            char[] password = SecretFile.read(config.apply(PREFIX + "keystorePasswordFile")).toCharArray();
            String token = SecretFile.read(config.apply(PREFIX + "driverTokenFile"));
            Map<String, Integer> seats = new HashMap<>();
            for (String entry : Optional.ofNullable(config.apply(PREFIX + "officeSeats")).orElse("").split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] codeAndCount = entry.split("=");
                if (codeAndCount.length != 2) {
                    throw new IllegalArgumentException(PREFIX + "officeSeats: expected CODE=count, found '" + entry + "'");
                }
                seats.put(codeAndCount[0].strip().toUpperCase(java.util.Locale.ROOT),
                        Integer.parseInt(codeAndCount[1].strip()));
            }
            String defaultSeats = config.apply(PREFIX + "seats");
            return Optional.of(new ServerSettings(Optional.ofNullable(config.apply(PREFIX + "address")).orElse("0.0.0.0"),
                    Integer.parseInt(port.strip()), Path.of(keystore), password, token,
                    defaultSeats == null ? 25 : Integer.parseInt(defaultSeats.strip()), seats));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problem.append(e.getMessage());
            return Optional.empty();
        }
    }

    private static String required(Function<String, String> config, String key) {
        String value = config.apply(PREFIX + key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + PREFIX + key + " is set; the server only speaks TLS");
        }
        return value;
    }
}
