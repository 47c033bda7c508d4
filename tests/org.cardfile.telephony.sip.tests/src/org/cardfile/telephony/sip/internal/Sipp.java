package org.cardfile.telephony.sip.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs SIPp (Debian package sip-tester) as the calling user agent, one call per run, on loopback.
 * A missing sipp fails the test: these tests are the driver's proof and must not pass by skipping.
 */
final class Sipp {
    private static final long TIMEOUT_SECONDS = 30;

    private final Path scenarios;
    private final Path logs;

    Sipp() throws IOException {
        scenarios = Path.of(property("cardfile.test.sipp.scenarios"));
        logs = Files.createDirectories(Path.of(property("cardfile.test.sipp.logs")));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            fail("System property " + name + " is not set (the module's pom passes it to the test JVM)");
        }
        return value;
    }

    static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "sipp");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String dir : List.of("/usr/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "sipp");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("sipp (SIPp) is not installed: these tests place real SIP calls with it. Install it with "
                + "'apt-get install -y sip-tester' (Debian/Ubuntu); .ci/run installs it.");
    }

    /**
     * Places one call against {@code port} on 127.0.0.1 and asserts SIPp saw the scenario through.
     *
     * @param transport {@code u1} (UDP) or {@code t1} (TCP)
     * @param keys      scenario keys, name then value
     */
    void call(String scenario, int port, String transport, String callId, String dnis, String... keys)
            throws IOException, InterruptedException {
        String name = scenario.replace(".xml", "") + "-" + callId.replaceAll("[^A-Za-z0-9.-]", "_");
        List<String> command = new ArrayList<>(List.of(executable().toString(), "127.0.0.1:" + port,
                "-sf", scenarios.resolve(scenario).toString(), "-m", "1", "-i", "127.0.0.1",
                "-p", Integer.toString(FreePort.find()), "-t", transport, "-s", dnis, "-cid_str", callId,
                "-nostdin", "-timeout", "20s", "-timeout_error",
                "-trace_err", "-error_file", logs.resolve(name + "-errors.log").toString(),
                "-trace_msg", "-message_file", logs.resolve(name + "-messages.log").toString()));
        for (int i = 0; i + 1 < keys.length; i += 2) {
            command.addAll(List.of("-key", keys[i], keys[i + 1]));
        }
        Path screen = logs.resolve(name + "-screen.log");
        Process sipp = new ProcessBuilder(command).directory(logs.toFile()).redirectErrorStream(true)
                .redirectOutput(screen.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!sipp.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
            fail("sipp did not finish " + scenario + " within " + TIMEOUT_SECONDS + " s; see " + logs);
        }
        if (sipp.exitValue() != 0) {
            fail("sipp failed " + scenario + " (exit " + sipp.exitValue() + "):\n" + tail(logs.resolve(name
                    + "-errors.log")) + "\nmessages:\n" + tail(logs.resolve(name + "-messages.log")));
        }
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no " + file.getFileName() + ")";
        }
        String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
