package org.cardfile.server.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.calls.CallAlreadyTakenException;
import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.model.Customer;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.rpc.PushMessage;
import org.cardfile.store.remote.Workstation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cardfile-server product as a process of its own, with workstations and a driver host
 * connected over TLS: on PostgreSQL, a real SIP call reaches both workstations and one takes it; on
 * embedded Derby, a burst of call events survives a kill -9 of the server with every event stored
 * exactly once.
 */
class ServerProductSystemTest {
    private final Installation installation = new Installation();

    @AfterEach
    void close() throws Exception {
        installation.close();
    }

    @Test
    void aRealSipCallReachesBothWorkstationsOfAServerOnPostgresqlOneTakesItTheOtherSeesItTaken() throws Exception {
        int sipPort = ServerProcess.freeUdpPort();
        ServerProcess server = installation.server("sip-call", Map.of("cardfile.telephony.sip.port", String.valueOf(sipPort),
                "cardfile.telephony.sip.address", "127.0.0.1", "cardfile.telephony.sip.transport", "udp",
                "cardfile.telephony.sip.ring.millis", "1500"), true);
        installation.loadDemoData();
        Workstation desk1 = installation.workstation("SPR", "desk-1", false);
        Workstation desk2 = installation.workstation("SPR", "desk-2", false);
        BlockingQueue<PushMessage> pushed1 = new LinkedBlockingQueue<>();
        BlockingQueue<PushMessage> pushed2 = new LinkedBlockingQueue<>();
        desk1.listen(pushed1::add);
        desk2.listen(pushed2::add);
        Session alice = desk1.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        Session admin = desk2.service(AuthenticationService.class).signIn("admin", "cardfile".toCharArray());
        waitUntil("both push channels", () -> desk1.listening() && desk2.listening());

        String callId = "system-" + UUID.randomUUID();
        sipCall(sipPort, callId, "2175550142", "2175550190");

        long id = firstCallOf(pushed1, "RINGING");
        assertEquals(id, firstCallOf(pushed2, "RINGING"), "both workstations were told of the same call");
        IncomingCalls calls1 = desk1.service(IncomingCalls.class);
        IncomingCalls calls2 = desk2.service(IncomingCalls.class);
        IncomingCall call = calls1.get(alice, id);
        assertEquals(callId, call.sessionId(), "the SIP Call-ID names the call");
        assertEquals("Ben Baker", call.callerLabel());
        assertEquals("+12175550190", call.dnis());
        assertEquals("Springfield Gazette, Sunday classifieds", call.source().advertisingSource());

        assertEquals("Alice Adams", calls1.pick(alice, id).takenBy());
        CallAlreadyTakenException lost = assertThrows(CallAlreadyTakenException.class, () -> calls2.pick(admin, id));
        assertEquals("The call was already taken by Alice Adams.", lost.getMessage());
        waitUntil("desk 2 to be told the call was taken", () -> pushed2.stream()
                .anyMatch(m -> "Alice Adams".equals(m.properties().get(CallTopics.TAKEN_BY))));
        waitUntil("the hang-up to arrive", () -> calls2.get(admin, id).status() == CallStatus.COMPLETED);

        CustomerRepository customers1 = desk1.service(CustomerRepository.class);
        Customer ben = customers1.get(alice, call.caller().customerId());
        String note = "Asked about the Gazette ad " + UUID.randomUUID();
        customers1.save(alice, new Customer(ben.id(), ben.version(), ben.customerNumber(), ben.firstName(),
                ben.lastName(), ben.company(), ben.address(), ben.phones(), ben.emails(), note, ben.officeId()));
        assertEquals(note, desk2.service(CustomerRepository.class).get(admin, ben.id()).notes(),
                "what desk 1 saved is what desk 2 reads");
        assertTrue(server.countInLog("session=" + callId) >= 3, "every call event is logged with its session");
    }

    @Test
    void aBurstOfTenThousandEventsSurvivesAKillOfTheServerEachStoredOnce() throws Exception {
        ServerProcess server = installation.server("kill", Map.of(), false);
        installation.loadDemoData();
        Workstation pbx = installation.workstation("", "pbx", true);
        CallEventSink sink = pbx.callEventSink();
        int calls = 5_000;
        int killedAfter = -1;
        for (int i = 0; i < calls; i++) {
            CallEvent ring = new CallEvent("burst", "burst-" + i, 1, "2175550" + String.format("%03d", i % 1000),
                    "+12175550190", "", CallStatus.RINGING, Instant.now(), "", "");
            sink.accept(ring);
            sink.accept(ring.next(CallStatus.ABANDONED, Instant.now()));
            if (i == 1_500) {
                server.kill();
                killedAfter = 2 * (i + 1);
            }
            if (i == 3_000) {
                server.start();
            }
        }
        assertEquals(3_002, killedAfter);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (pbxWaiting(pbx) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, pbxWaiting(pbx), "the outbox emptied once the server was back");
        server.close();
        installation.forget(server);

        try (Connection c = DriverManager.getConnection("jdbc:derby:" + server.data().resolve("db"));
                Statement s = c.createStatement()) {
            assertEquals(10_000, count(s, "SELECT COUNT(*) FROM INBOX_EVENT WHERE DRIVER = 'burst'"),
                    "every event stored, none twice (the key forbids a second copy)");
            assertEquals(0, count(s, "SELECT COUNT(*) FROM INBOX_EVENT WHERE DRIVER = 'burst' AND CALL_ID IS NULL"),
                    "every stored event was processed, those caught by the kill on the next start");
            assertEquals(calls, count(s, "SELECT COUNT(*) FROM CALL_ENTRY WHERE DRIVER = 'burst'"));
            assertEquals(calls, count(s, "SELECT COUNT(*) FROM CALL_ENTRY WHERE DRIVER = 'burst' AND STATUS = 'ABANDONED'"));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a clean engine shutdown as an exception
            }
        }
    }

    private static int pbxWaiting(Workstation pbx) {
        return pbx.callEventsWaiting();
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long firstCallOf(BlockingQueue<PushMessage> pushed, String status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            PushMessage m = pushed.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && status.equals(m.properties().get(CallTopics.STATUS))) {
                return (Long) m.localProperties().get(CallTopics.CALL_ID);
            }
        }
        return fail("no " + status + " call was pushed");
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** One call placed with SIPp (Debian's sip-tester) on loopback: INVITE, ringing, answer, ACK, BYE. */
    private void sipCall(int port, String callId, String ani, String dnis) throws Exception {
        Path sipp = Path.of("/usr/bin/sipp");
        if (!Files.isExecutable(sipp)) {
            fail("sipp is not installed: this test places a real SIP call with it. Install it with "
                    + "'apt-get install -y sip-tester' (.ci/run does).");
        }
        Path logs = Files.createDirectories(installation.work().resolve("sipp"));
        List<String> command = List.of(sipp.toString(), "127.0.0.1:" + port, "-sf",
                Path.of(System.getProperty("cardfile.test.sipp.scenarios"), "call.xml").toString(), "-m", "1", "-i",
                "127.0.0.1", "-p", String.valueOf(ServerProcess.freeUdpPort()), "-t", "u1", "-s", dnis, "-cid_str", callId,
                "-key", "ani", ani, "-key", "caller", "Ben Baker", "-key", "to", dnis, "-nostdin", "-timeout", "30s",
                "-timeout_error", "-trace_err", "-error_file", logs.resolve("errors.log").toString());
        Process p = new ProcessBuilder(command).directory(logs.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve("screen.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(40, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("sipp did not finish the call; see " + logs);
        }
        assertEquals(0, p.exitValue(), "sipp saw the call through; see " + logs);
    }
}
