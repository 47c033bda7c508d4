package org.cardfile.server.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cardfile.core.service.FirstRun;
import org.cardfile.server.testsupport.TlsFiles;
import org.cardfile.store.remote.RemoteSettings;
import org.cardfile.store.remote.Workstation;

/**
 * One system test's installation as an admin sets it up: keys, a server.properties, the server
 * product as its own process (on embedded Derby or a fresh PostgreSQL database), and workstations
 * and driver hosts connected over TLS. Closing it closes everything, the last opened first.
 */
final class Installation implements AutoCloseable {
    static final String TOKEN = "driver-" + UUID.randomUUID();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Path work;
    private TlsFiles tls;
    private int apiPort;

    ServerProcess server(String name, Map<String, String> extra, boolean postgres) throws Exception {
        work = Files.createDirectories(Path.of(System.getProperty("cardfile.test.work"), name));
        tls = TlsFiles.make(work.resolve("tls"));
        Files.writeString(work.resolve("driver-token"), TOKEN);
        apiPort = ServerProcess.freePort();
        Map<String, String> settings = new HashMap<>(Map.of("cardfile.server.port", String.valueOf(apiPort),
                "cardfile.server.address", "127.0.0.1", "cardfile.server.keystore", tls.keystore.toString(),
                "cardfile.server.keystorePasswordFile", tls.passwordFile.toString(), "cardfile.server.driverTokenFile",
                work.resolve("driver-token").toString()));
        settings.putAll(extra);
        if (postgres) {
            PostgresDatabase db = new PostgresDatabase();
            opened.add(db);
            settings.putAll(db.settings(work));
        }
        ServerProcess server = new ServerProcess(Path.of(System.getProperty("cardfile.server.product")),
                work.resolve("server-data"), settings).start();
        opened.add(server);
        return server;
    }

    Workstation workstation(String office, String name, boolean driver) throws Exception {
        Map<String, String> config = new HashMap<>(Map.of(RemoteSettings.PREFIX + "url", "https://127.0.0.1:" + apiPort,
                RemoteSettings.PREFIX + "truststore", tls.truststore.toString(),
                RemoteSettings.PREFIX + "truststorePasswordFile", tls.passwordFile.toString(),
                RemoteSettings.PREFIX + "office", office, RemoteSettings.PREFIX + "name", name,
                RemoteSettings.PREFIX + "outbox", work.resolve("outbox-" + name).toString()));
        if (driver) {
            config.put(RemoteSettings.PREFIX + "driverTokenFile", work.resolve("driver-token").toString());
        }
        StringBuilder problem = new StringBuilder();
        Workstation w = Workstation.connect(RemoteSettings.from(config::get, work, problem)
                .orElseThrow(() -> new AssertionError(problem)));
        opened.add(w);
        return w;
    }

    void loadDemoData() throws Exception {
        Workstation setup = workstation("", "setup", false);
        FirstRun firstRun = setup.service(FirstRun.class);
        assertTrue(firstRun.needsSetup(), "a new server database offers first-run setup to the first workstation");
        firstRun.loadDemoData();
    }

    /** The test's scratch folder of the current server. */
    Path work() {
        return work;
    }

    /** The test closed {@code closed} itself. */
    void forget(AutoCloseable closed) {
        opened.remove(closed);
    }

    @Override
    public void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        opened.clear();
    }
}
