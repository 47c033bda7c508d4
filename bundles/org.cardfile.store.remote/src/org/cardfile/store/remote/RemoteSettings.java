package org.cardfile.store.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.cardfile.rpc.SecretFile;

/**
 * Where a workstation's server is. Every value comes from a property {@code cardfile.remote.<key>}:
 * {@code url} (https://host:port, required), {@code truststore} (PKCS#12 holding the server's
 * certificate or its CA; without it the JDK's trusted CAs), {@code truststorePasswordFile},
 * {@code office} (the code of the office this workstation serves), {@code name} (how admins see it,
 * default the host name), {@code driverTokenFile} (only on hosts that run telephony drivers) and
 * {@code outbox} (folder of the durable queue of call events, default {@code <data>/outbox}).
 */
public record RemoteSettings(URI server, Path truststore, char[] truststorePassword, String officeCode,
        String workstationName, String driverToken, Path outbox) {

    public static final String PREFIX = "cardfile.remote.";

    public static Optional<RemoteSettings> from(Function<String, String> config, Path dataDir, StringBuilder problem) {
        String url = config.apply(PREFIX + "url");
        if (url == null || url.isBlank()) {
            problem.append("no ").append(PREFIX).append("url: the workbench uses its own database");
            return Optional.empty();
        }
        try {
            URI server = URI.create(url.strip());
            if (!"https".equals(server.getScheme())) {
                throw new IllegalArgumentException(PREFIX + "url must be an https:// address: the server only speaks TLS");
            }
            String truststore = config.apply(PREFIX + "truststore");
            String office = Optional.ofNullable(config.apply(PREFIX + "office")).orElse("").strip();
            String name = Optional.ofNullable(config.apply(PREFIX + "name")).filter(n -> !n.isBlank())
                    .orElseGet(RemoteSettings::hostName);
            String outbox = config.apply(PREFIX + "outbox");
            return Optional.of(new RemoteSettings(server, truststore == null || truststore.isBlank() ? null
                    : Path.of(truststore), SecretFile.read(config.apply(PREFIX + "truststorePasswordFile")).toCharArray(), office,
                    name, SecretFile.read(config.apply(PREFIX + "driverTokenFile")),
                    outbox == null || outbox.isBlank() ? dataDir.resolve("outbox") : Path.of(outbox)));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problem.append(e.getMessage());
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "workstation";
        }
    }
}
