package org.cardfile.server.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The server's key and the workstations' trust store, made with keytool as the README shows. */
final class Tls {
    static final String PASSWORD = "system-test-secret";
    final Path keystore;
    final Path truststore;
    final Path passwordFile;

    Tls(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        keystore = dir.resolve("server.p12");
        truststore = dir.resolve("workstations.p12");
        passwordFile = dir.resolve("keystore-password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        Path cert = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "cardfile", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "cardfile", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "cardfile-server", "-file", cert.toString(), "-storetype",
                "PKCS12", "-keystore", truststore.toString(), "-storepass", PASSWORD);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
