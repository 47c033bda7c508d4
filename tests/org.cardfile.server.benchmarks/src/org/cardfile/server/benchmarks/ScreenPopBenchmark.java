package org.cardfile.server.benchmarks;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.OfficeDirectory;
import org.cardfile.server.CardfileServer;
import org.cardfile.server.ServerSettings;
import org.cardfile.server.internal.RegistryServiceDirectory;
import org.cardfile.server.testsupport.TlsFiles;
import org.cardfile.store.remote.RemoteSettings;
import org.cardfile.store.remote.Workstation;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Screen-pop latency: from a driver host handing a call event to its outbox until the entry's push
 * reaches each of 20 workstation sessions, over TLS on loopback, beside a raw TCP loopback round
 * trip measured in the same run. Run with {@code releng/scripts/cardfile benchmark}; the report
 * lands in target/benchmark.md.
 */
class ScreenPopBenchmark {
    private static final int WORKSTATIONS = 20;
    private static final int CALLS = 300;
    private static final int WARMUP = 30;

    @Test
    void run() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ScreenPopBenchmark.class).getBundleContext();
        FirstRun firstRun = service(context, FirstRun.class);
        if (firstRun.needsSetup()) {
            firstRun.loadDemoData();
        }
        Path dir = Files.createDirectories(Path.of("target", "screenpop-" + System.nanoTime()));
        TlsFiles tls = TlsFiles.make(dir.resolve("tls"));
        Files.writeString(dir.resolve("token"), "bench-token");
        StringBuilder problem = new StringBuilder();
        Map<String, String> config = Map.of(ServerSettings.PREFIX + "port", "0", ServerSettings.PREFIX + "address",
                "127.0.0.1", ServerSettings.PREFIX + "keystore", tls.keystore.toString(),
                ServerSettings.PREFIX + "keystorePasswordFile", tls.passwordFile.toString(),
                ServerSettings.PREFIX + "driverTokenFile", dir.resolve("token").toString(),
                ServerSettings.PREFIX + "seats", "50");
        ServerSettings settings = ServerSettings.from(config::get, problem).orElseThrow(() -> new AssertionError(problem));
        try (RegistryServiceDirectory services = new RegistryServiceDirectory(context);
                CardfileServer server = new CardfileServer(settings, services, service(context, OfficeDirectory.class))
                        .start()) {
            ServiceRegistration<EventHandler> forwarding = context.registerService(EventHandler.class, server::publish,
                    new java.util.Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, CallTopics.ALL)));
            List<Workstation> desks = new ArrayList<>();
            Map<Long, List<Long>> arrivals = new ConcurrentHashMap<>();
            try {
                for (int i = 0; i < WORKSTATIONS; i++) {
                    Workstation desk = Workstation.connect(remote(server, tls, dir, "desk-" + i, "SPR", null));
                    desks.add(desk);
                    // a workstation's push channel opens once someone signed in there
                    desk.service(org.cardfile.core.security.AuthenticationService.class).signIn("alice",
                            "cardfile".toCharArray());
                    desk.listen(m -> {
                        long now = System.nanoTime();
                        if ("RINGING".equals(m.properties().get(CallTopics.STATUS))) {
                            Object id = m.localProperties().get(CallTopics.CALL_ID);
                            arrivals.computeIfAbsent((Long) id, k -> new CopyOnWriteArrayList<>()).add(now);
                        }
                    });
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (desks.stream().anyMatch(d -> !d.listening()) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                try (Workstation pbx = Workstation.connect(remote(server, tls, dir, "pbx", "", dir.resolve("token")))) {
                    CallEventSink sink = pbx.callEventSink();
                    Map<Long, Long> sentAt = new ConcurrentHashMap<>();
                    for (int i = 0; i < WARMUP + CALLS; i++) {
                        long t0 = System.nanoTime();
                        long callId = sink.accept(new CallEvent("bench", "pop-" + i + "-" + System.nanoTime(), 1,
                                "2175550142", "+12175550190", "", CallStatus.RINGING, Instant.now(), "", "")).callId();
                        if (i >= WARMUP) {
                            sentAt.put(callId, t0);
                        }
                        Thread.sleep(15);
                    }
                    Thread.sleep(2_000);
                    long[] latencies = sentAt.entrySet().stream()
                            .flatMap(e -> arrivals.getOrDefault(e.getKey(), List.of()).stream().map(a -> a - e.getValue()))
                            .mapToLong(Long::longValue).sorted().toArray();
                    long[] loopback = loopbackRoundTrips(5_000);
                    write(Path.of("target", "benchmark.md"), latencies, loopback, sentAt.size());
                }
            } finally {
                desks.forEach(Workstation::close);
                forwarding.unregister();
            }
        }
    }

    private static RemoteSettings remote(CardfileServer server, TlsFiles tls, Path dir, String name, String office,
            Path token) {
        Map<String, String> config = new java.util.HashMap<>(Map.of(RemoteSettings.PREFIX + "url",
                "https://127.0.0.1:" + server.port(), RemoteSettings.PREFIX + "truststore", tls.truststore.toString(),
                RemoteSettings.PREFIX + "truststorePasswordFile", tls.passwordFile.toString(),
                RemoteSettings.PREFIX + "office", office, RemoteSettings.PREFIX + "name", name,
                RemoteSettings.PREFIX + "outbox", dir.resolve("outbox-" + name).toString()));
        if (token != null) {
            config.put(RemoteSettings.PREFIX + "driverTokenFile", token.toString());
        }
        StringBuilder problem = new StringBuilder();
        return RemoteSettings.from(config::get, dir, problem).orElseThrow(() -> new AssertionError(problem));
    }

    /** A 200-byte message to an echo peer on loopback and back, as plain TCP. */
    private static long[] loopbackRoundTrips(int count) throws IOException, InterruptedException {
        try (ServerSocket echo = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> {
                try (Socket s = echo.accept(); DataInputStream in = new DataInputStream(s.getInputStream());
                        DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
                    s.setTcpNoDelay(true);
                    byte[] buffer = new byte[200];
                    while (true) {
                        in.readFully(buffer);
                        out.write(buffer);
                        out.flush();
                    }
                } catch (IOException e) {
                    // the client closed: done
                }
            });
            peer.start();
            long[] times = new long[count];
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), echo.getLocalPort());
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
                s.setTcpNoDelay(true);
                byte[] message = "x".repeat(200).getBytes(StandardCharsets.US_ASCII);
                byte[] back = new byte[200];
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    out.write(message);
                    out.flush();
                    in.readFully(back);
                    times[i] = System.nanoTime() - t0;
                }
            }
            peer.join(5_000);
            Arrays.sort(times);
            return times;
        }
    }

    private static double percentileMicros(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000.0;
    }

    private static void write(Path out, long[] pops, long[] loopback, int calls) throws IOException {
        double p50 = percentileMicros(pops, 50);
        double p99 = percentileMicros(pops, 99);
        double b50 = percentileMicros(loopback, 50);
        double b99 = percentileMicros(loopback, 99);
        String report = String.format(Locale.ROOT, """
                # Cardfile screen-pop benchmark

                Machine: %d cores, Java %s. %d calls to %d workstation sessions connected over TLS on loopback;
                a sample is one call reaching one workstation (%d of %d expected). Each call: the driver host's
                durable outbox (fsync), HTTPS to the server, the inbox's two transactions (embedded Derby), Event
                Admin, the server-sent-events push, the workstation's parse.

                | path | samples | p50 µs | p99 µs |
                | --- | ---: | ---: | ---: |
                | driver event → entry on a workstation | %d | %.1f | %.1f |
                | raw TCP loopback round trip (200 bytes) | %d | %.1f | %.1f |
                | ratio | | %.1f | %.1f |
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), calls, WORKSTATIONS,
                pops.length, calls * WORKSTATIONS, pops.length, p50, p99, loopback.length, b50, b99, p50 / b50, p99 / b99);
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T s = tracker.waitForService(20_000);
        if (s == null) {
            throw new IllegalStateException(type.getSimpleName() + " was not registered by DS");
        }
        return s;
    }
}
