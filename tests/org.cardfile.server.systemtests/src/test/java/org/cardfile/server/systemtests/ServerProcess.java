package org.cardfile.server.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The materialised cardfile-server product running as its own process, started by its own script
 * with a server.properties in its data folder, as an admin starts it.
 */
final class ServerProcess implements AutoCloseable {
    private final Path product;
    private final Path data;
    private final Path log;
    private Process process;
    private int starts;

    ServerProcess(Path product, Path data, Map<String, String> settings) throws IOException {
        this.product = product;
        this.data = Files.createDirectories(data);
        this.log = data.resolve("server-console.log");
        StringBuilder properties = new StringBuilder("# written by the system test\n");
        settings.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
        Files.writeString(data.resolve("server.properties"), properties);
        if (!Files.isExecutable(product.resolve("cardfile-server"))) {
            throw new IllegalStateException("No server product at " + product + ": build the reactor (releng/org.cardfile.product) first");
        }
    }

    /** Starts the server and waits until it listens (its log says so). */
    ServerProcess start() throws IOException, InterruptedException {
        starts++;
        ProcessBuilder pb = new ProcessBuilder(product.resolve("cardfile-server").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("CARDFILE_DATA", data.toString());
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + tail());
            }
            if (countInLog("Cardfile server listening") >= starts) {
                return this;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The server did not start listening within 90 s:\n" + tail());
    }

    /** What a command of the server's script exited with and printed (both streams). */
    record Run(int exit, String output) {
    }

    /**
     * Runs {@code cardfile-server report} with {@code args} on this server's data folder and settings,
     * as a scheduled job beside the running server would.
     */
    Run report(List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(product.resolve("cardfile-server").toString(), "report"));
        command.addAll(args);
        Path out = Files.createTempFile(data, "report-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CARDFILE_DATA", data.toString());
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("cardfile-server report " + args + " did not end within 3 minutes:\n"
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut or an OOM killer would stop it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    long countInLog(String text) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).count();
    }

    String tail() throws IOException {
        if (!Files.exists(log)) {
            return "(no console log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    Path data() {
        return data;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static int freeUdpPort() throws IOException {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
