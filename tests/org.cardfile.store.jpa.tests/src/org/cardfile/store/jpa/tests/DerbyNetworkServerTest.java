package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.db.DatabaseConfig;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The store through a Derby network server on loopback, as a shared office database runs it. */
class DerbyNetworkServerTest {

    @Test
    void theStoreRunsOnADerbyNetworkServerAndKeepsItsDataAcrossARestart() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            port = probe.getLocalPort();
        }
        NetworkServerControl server = new NetworkServerControl(loopback, port);
        server.start(new PrintWriter(Writer.nullWriter()));
        try {
            waitUntilUp(server);
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "stores")), "network-");
            DatabaseConfig config = new DatabaseConfig("jdbc:derby://" + loopback.getHostAddress() + ":" + port + "/"
                    + dir.toAbsolutePath().resolve("db") + ";create=true", "cardfile", "secret");
            StoreFixture f = StoreFixture.at(new TestDatabase("network", config, () -> {
            }));
            try {
                f.firstRun.loadDemoData();
                Session alice = f.signIn("alice");
                assertEquals(List.of("Ben Baker"), f.customers.search(alice, "ben.baker@", 0, 10).rows().stream()
                        .map(CustomerSummary::displayName).toList());
                long call = f.inbox.accept(new CallEvent("test", "net-1", 1, "(217) 555-0142", "+12175550190", "",
                        CallStatus.RINGING, Instant.now(), "", "")).callId();
                f.reopen();
                alice = f.signIn("alice");
                IncomingCall stored = f.calls.get(alice, call);
                assertEquals("Ben Baker", stored.callerLabel());
                assertTrue(f.store.database().description().startsWith("Derby network server database jdbc:derby://"),
                        f.store.database().description());
            } finally {
                f.close();
            }
        } finally {
            server.shutdown();
        }
    }

    private static void waitUntilUp(NetworkServerControl server) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }
}
