package org.cardfile.server.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server key pair (EC, for localhost and 127.0.0.1) and a workstation trust store holding its
 * certificate, made with the JDK's keytool the way the README tells an admin to make them.
 */
public final class TlsFiles {
    public static final String PASSWORD = "changeit-test";
    public final Path keystore;
    public final Path truststore;
    public final Path passwordFile;

    private TlsFiles(Path dir) {
        keystore = dir.resolve("server.p12");
        truststore = dir.resolve("workstations.p12");
        passwordFile = dir.resolve("password.txt");
    }

    public static TlsFiles make(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TlsFiles f = new TlsFiles(dir);
        Files.deleteIfExists(f.keystore);
        Files.deleteIfExists(f.truststore);
        Files.writeString(f.passwordFile, PASSWORD + "\n");
        Path cert = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "cardfile", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", f.keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "cardfile", "-keystore", f.keystore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "cardfile-server", "-file", cert.toString(), "-storetype",
                "PKCS12", "-keystore", f.truststore.toString(), "-storepass", PASSWORD);
        return f;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
