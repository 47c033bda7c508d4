package org.cardfile.telephony.sip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real calls, placed by SIPp over loopback, against an endpoint started with an explicit configuration. */
class SipCallsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BEN = "+12175550142";
    private static final String TRACKING_NUMBER = "+18005550100";

    private SipEndpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private int start(RecordingSink sink, Duration ringTime) throws Exception {
        Sipp.executable(); // fail first and clearly when sipp is missing
        int port = FreePort.find();
        endpoint = new SipEndpoint(new SipConfig("127.0.0.1", port, List.of("udp", "tcp"), ringTime, ""), sink);
        endpoint.start();
        return port;
    }

    private static String newCallId() {
        return "test-" + UUID.randomUUID() + "@127.0.0.1";
    }

    private static void assertEvent(CallEvent e, String callId, int sequence, CallStatus status, String ani,
            String callerName) {
        assertEquals("sip", e.driver());
        assertEquals(callId, e.sessionId(), "session id is the Call-ID");
        assertEquals(sequence, e.sequence(), "sequence of " + status);
        assertEquals(status, e.status());
        assertEquals(ani, e.ani(), "ANI");
        assertEquals(TRACKING_NUMBER, e.dnis(), "DNIS from the Request-URI");
        assertEquals("office", e.destination(), "destination from To");
        assertEquals(callerName, e.callerName(), "caller name");
    }

    private static List<CallStatus> statuses(List<CallEvent> events) {
        return events.stream().map(CallEvent::status).toList();
    }

    @Test
    void answeredCallThatHangsUpIsRingingAnsweredCompleted() throws Exception {
        RecordingSink sink = new RecordingSink();
        int port = start(sink, Duration.ofMillis(300));
        String callId = newCallId();

        new Sipp().call("call.xml", port, "u1", callId, TRACKING_NUMBER, "ani", BEN, "caller", "Ben Baker", "to",
                "office");

        List<CallEvent> events = sink.await(3, WAIT);
        assertEquals(List.of(CallStatus.RINGING, CallStatus.ANSWERED, CallStatus.COMPLETED), statuses(events));
        assertEvent(events.get(0), callId, 1, CallStatus.RINGING, BEN, "Ben Baker");
        assertEvent(events.get(1), callId, 2, CallStatus.ANSWERED, BEN, "Ben Baker");
        assertEvent(events.get(2), callId, 3, CallStatus.COMPLETED, BEN, "Ben Baker");
    }

    /** What an admin switching the SIP driver off is told: the calls on the line now. */
    @Test
    void aCallOnTheLineIsInProgressUntilTheCallerHangsUp() throws Exception {
        RecordingSink sink = new RecordingSink();
        int port = start(sink, Duration.ofMillis(300));
        String callId = newCallId();
        assertEquals(0, endpoint.callsInProgress());

        java.util.concurrent.CompletableFuture<Void> caller = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                new Sipp().call("held-call.xml", port, "u1", callId, TRACKING_NUMBER, "ani", BEN, "caller",
                        "Ben Baker", "to", "office");
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        assertEquals(List.of(CallStatus.RINGING, CallStatus.ANSWERED), statuses(sink.await(2, WAIT)));
        assertEquals(1, endpoint.callsInProgress(), "answered, and the caller still talking");
        assertEquals(java.util.Optional.of("1 SIP call is in progress."),
                SipDriverComponent.callsInProgress(endpoint.callsInProgress()));

        caller.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(CallStatus.COMPLETED, sink.await(3, WAIT).get(2).status());
        assertEquals(0, endpoint.callsInProgress(), "hung up: nothing in progress, though the call lingers for"
                + " retransmissions");
    }

    @Test
    void callOverTcpIsReportedTheSameWay() throws Exception {
        RecordingSink sink = new RecordingSink();
        int port = start(sink, Duration.ofMillis(100));
        String callId = newCallId();

        new Sipp().call("call.xml", port, "t1", callId, TRACKING_NUMBER, "ani", BEN, "caller", "Ben Baker", "to",
                "office");

        List<CallEvent> events = sink.await(3, WAIT);
        assertEquals(List.of(CallStatus.RINGING, CallStatus.ANSWERED, CallStatus.COMPLETED), statuses(events));
        assertEvent(events.get(2), callId, 3, CallStatus.COMPLETED, BEN, "Ben Baker");
    }

    @Test
    void cancelBeforeAnswerIsRingingAbandoned() throws Exception {
        RecordingSink sink = new RecordingSink();
        Duration ringTime = Duration.ofMillis(1500);
        int port = start(sink, ringTime);
        String callId = newCallId();

        new Sipp().call("cancel.xml", port, "u1", callId, TRACKING_NUMBER, "ani", BEN, "caller", "Ben Baker", "to",
                "office");

        List<CallEvent> events = sink.await(2, WAIT);
        assertEquals(List.of(CallStatus.RINGING, CallStatus.ABANDONED), statuses(events));
        assertEvent(events.get(0), callId, 1, CallStatus.RINGING, BEN, "Ben Baker");
        assertEvent(events.get(1), callId, 2, CallStatus.ABANDONED, BEN, "Ben Baker");
        // the ring timer must not answer the abandoned call afterwards
        assertEquals(2, sink.await(3, ringTime.plusMillis(700)).size(), "no event after ABANDONED");
    }

    @Test
    void assertedIdentityWinsOverFrom() throws Exception {
        RecordingSink sink = new RecordingSink();
        int port = start(sink, Duration.ofMillis(100));
        String callId = newCallId();

        new Sipp().call("call-asserted.xml", port, "u1", callId, TRACKING_NUMBER, "ani", "+15550001111", "caller",
                "Switchboard", "to", "office", "asserted", BEN, "asserted_name", "Ben Baker");

        List<CallEvent> events = sink.await(3, WAIT);
        assertEquals(3, events.size(), "events: " + events);
        for (CallEvent e : events) {
            assertEquals(BEN, e.ani(), "ANI from P-Asserted-Identity, not From");
            assertEquals("Ben Baker", e.callerName(), "caller name from P-Asserted-Identity");
        }
    }

    @Test
    void malformedDatagramIsLoggedAndTheNextCallIsServed() throws Exception {
        RecordingSink sink = new RecordingSink();
        int port = start(sink, Duration.ofMillis(100));
        try (LogCapture log = new LogCapture(MalformedMessageLog.class.getName());
                DatagramSocket garbage = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            byte[] junk = "this is not SIP \u0001\u0002 at all\r\nreally not\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            garbage.send(new DatagramPacket(junk, junk.length, InetAddress.getByName("127.0.0.1"), port));

            // UDP: the stack's parser knows the sender's address but not yet its port
            String line = log.await(WAIT, "malformed", "from udp 127.0.0.1 ");
            assertNotNull(line, "a log line naming the malformed message and its sender; logged: " + log.lines());
            assertTrue(line.contains("this is not SIP"), line);
        }

        String callId = newCallId();
        new Sipp().call("call.xml", port, "u1", callId, TRACKING_NUMBER, "ani", BEN, "caller", "Ben Baker", "to",
                "office");
        List<CallEvent> events = sink.await(3, WAIT);
        assertEquals(List.of(CallStatus.RINGING, CallStatus.ANSWERED, CallStatus.COMPLETED), statuses(events));
        assertEquals(callId, events.get(0).sessionId());
    }

    @Test
    void failingSinkIsLoggedWithTheCallAndSipStillCompletes() throws Exception {
        RecordingSink sink = new RecordingSink(e -> e.status() == CallStatus.RINGING);
        int port = start(sink, Duration.ofMillis(100));
        String callId = newCallId();
        try (LogCapture log = new LogCapture(EventDelivery.class.getName())) {
            new Sipp().call("call.xml", port, "u1", callId, TRACKING_NUMBER, "ani", BEN, "caller", "Ben Baker", "to",
                    "office");

            assertEquals(3, sink.await(3, WAIT).size(), "later events still delivered");
            String line = log.await(WAIT, "session=" + callId, "ani=" + BEN, "dnis=" + TRACKING_NUMBER,
                    "status=RINGING", "inbox down");
            assertNotNull(line, "the failure is logged with the call; logged: " + log.lines());
            assertTrue(line.startsWith("WARNING"), line);
        }
    }
}
