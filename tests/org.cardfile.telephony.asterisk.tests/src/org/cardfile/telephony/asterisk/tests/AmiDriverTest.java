package org.cardfile.telephony.asterisk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.telephony.asterisk.internal.AsteriskTelephonyDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against a local AMI peer replaying recorded-style transcripts: three calls (answered,
 * abandoned, busy), an internal call, a garbage block and a call that is ringing when the connection
 * drops; then, after the reconnect, the end of that call and one nobody answers.
 */
class AmiDriverTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Keeps the JUL logger (System.Logger's backend here) alive while the test listens to it. */
    private final Logger driverLogs = Logger.getLogger("org.cardfile.telephony.asterisk.internal");
    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (warnings) {
                warnings.add(record.getLevel() + " " + record.getMessage() + " "
                        + List.of(record.getParameters() == null ? new Object[0] : record.getParameters()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final RecordingSink sink = new RecordingSink();
    private FakeAsterisk asterisk;
    private AsteriskTelephonyDriver driver;

    @BeforeEach
    void listen() throws Exception {
        driverLogs.addHandler(capture);
        asterisk = new FakeAsterisk();
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.close();
        }
        asterisk.close();
        driverLogs.removeHandler(capture);
    }

    private AsteriskTelephonyDriver start() {
        return start(Map.of());
    }

    private AsteriskTelephonyDriver start(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("cardfile.telephony.ami.host", "127.0.0.1",
                "cardfile.telephony.ami.port", String.valueOf(asterisk.port()), "cardfile.telephony.ami.username",
                "cardfile", "cardfile.telephony.ami.secret", "s3cret", "cardfile.telephony.ami.contexts",
                "from-trunk", "cardfile.telephony.ami.didVariable", "FROM_DID", "cardfile.telephony.ami.reconnectMillis",
                "50"));
        settings.putAll(extra);
        return new AsteriskTelephonyDriver(settings::get, sink, Clock.systemUTC());
    }

    private static String line(CallEvent e) {
        return e.sessionId() + " #" + e.sequence() + " " + e.status() + " ani=" + e.ani() + " dnis=" + e.dnis()
                + " to=" + e.destination() + " name=" + e.callerName();
    }

    @Test
    void replaysCallsAcrossAReconnectWithoutDuplicates() throws Exception {
        driver = start();
        List<String> first = List.of(
                "1700000000.1 #1 RINGING ani=+12175550142 dnis=8005550199 to= name=BAKER BEN",
                "1700000000.1 #2 ANSWERED ani=+12175550142 dnis=8005550199 to=201 name=BAKER BEN",
                "1700000000.1 #3 COMPLETED ani=+12175550142 dnis=8005550199 to=201 name=BAKER BEN",
                "1700000100.4 #1 RINGING ani=+12175550143 dnis=8005550199 to= name=",
                "1700000100.4 #3 ABANDONED ani=+12175550143 dnis=8005550199 to=201 name=",
                "1700000200.6 #1 RINGING ani=+13125550100 dnis=8005550123 to= name=ACME CORP",
                "1700000200.6 #3 BUSY ani=+13125550100 dnis=8005550123 to=202 name=ACME CORP",
                "1700000300.8 #1 RINGING ani=+16085550111 dnis=8005550199 to= name=");
        try (FakeAsterisk.Session session = asterisk.acceptLogin()) {
            assertEquals("Login", session.login.get("Action"));
            assertEquals("cardfile", session.login.get("Username"));
            assertEquals("s3cret", session.login.get("Secret"));
            session.replay("/ami/first-connection.txt");
            assertEquals(first, sink.await(first.size(), WAIT).stream().map(AmiDriverTest::line).toList());
            assertEquals(java.util.Optional.of("1 Asterisk call is in progress."), driver.inUse(),
                    "what an admin switching the driver off is told: the last call still rings");
            assertTrue(driver.connected());
            assertTrue(driver.describe().contains("127.0.0.1:" + asterisk.port()) && driver.describe().contains("connected"),
                    driver.describe());
        }
        List<String> second = new ArrayList<>(first);
        second.addAll(List.of(
                "1700000300.8 #2 ANSWERED ani=+16085550111 dnis=8005550199 to=201 name=",
                "1700000300.8 #3 COMPLETED ani=+16085550111 dnis=8005550199 to=201 name=",
                "1700000400.10 #1 RINGING ani=+14145550199 dnis=+18005550177 to= name=WELLS F",
                "1700000400.10 #3 NO_ANSWER ani=+14145550199 dnis=+18005550177 to=201 name=WELLS F"));
        try (FakeAsterisk.Session session = asterisk.acceptLogin()) {
            session.replay("/ami/after-reconnect.txt");
            assertEquals(second, sink.await(second.size(), WAIT).stream().map(AmiDriverTest::line).toList());
            assertTrue(driver.connected(), driver.describe());
            // nothing more trickles in: a late event of a finished call started nothing
            assertEquals(second.size(), sink.await(second.size() + 1, Duration.ofMillis(300)).size());
        }
        assertEquals(Instant.parse("2023-11-14T22:13:20.123456Z"), sink.delivered().get(0).at(),
                "the event's own Timestamp is kept");
        synchronized (warnings) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains("malformed") && w.contains("this line is not part")),
                    String.join("\n", warnings));
            assertTrue(warnings.stream().anyMatch(w -> w.contains("disconnected")), String.join("\n", warnings));
        }
    }

    @Test
    void aRefusedLoginIsRetriedAndReported() throws Exception {
        driver = start();
        try (FakeAsterisk.Session session = asterisk.acceptRefusingLogin()) {
            // the driver reports the refusal and comes back
        }
        try (FakeAsterisk.Session session = asterisk.acceptLogin()) {
            session.replay("/ami/first-connection.txt");
            assertEquals(8, sink.await(8, WAIT).size());
        }
        synchronized (warnings) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains("refused")), String.join("\n", warnings));
        }
    }

    @Test
    void aSilentConnectionIsPingedThenDroppedAndReplaced() throws Exception {
        driver = start(Map.of("cardfile.telephony.ami.keepaliveSeconds", "1"));
        try (FakeAsterisk.Session silent = asterisk.acceptLogin()) {
            assertEquals("Ping", silent.readAction().get("Action"), "an idle connection is pinged");
            // no answer: the driver must give up on this connection and log in again
            try (FakeAsterisk.Session fresh = asterisk.acceptLogin()) {
                assertEquals("Login", fresh.login.get("Action"));
            }
        }
        synchronized (warnings) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains("no answer to a keepalive Ping")),
                    String.join("\n", warnings));
        }
    }

    @Test
    void withoutHostUserOrSecretTheDriverStaysIdleAndSaysWhich() {
        AsteriskTelephonyDriver idle = new AsteriskTelephonyDriver(
                Map.of("cardfile.telephony.ami.host", "pbx.example.com")::get, sink, Clock.systemUTC());
        assertFalse(idle.connected());
        assertEquals("Asterisk AMI pbx.example.com:5038: idle: cardfile.telephony.ami.username, "
                + "cardfile.telephony.ami.secret not set", idle.describe());
        idle.close();
        idle = new AsteriskTelephonyDriver(Map.of("cardfile.telephony.ami.port", "ami")::get, sink, Clock.systemUTC());
        assertTrue(idle.describe().contains("not a number"), idle.describe());
    }
}
