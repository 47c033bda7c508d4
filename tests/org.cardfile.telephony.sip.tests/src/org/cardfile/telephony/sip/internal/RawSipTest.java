package org.cardfile.telephony.sip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests SIPp's scenarios do not cover, sent as literal datagrams: OPTIONS, methods the endpoint does
 * not serve, and an INVITE sent twice as a UDP retransmission would be.
 */
class RawSipTest {
    private final RecordingSink sink = new RecordingSink();
    private SipEndpoint endpoint;
    private int port;
    private DatagramSocket socket;

    @BeforeEach
    void start() throws Exception {
        port = FreePort.find();
        endpoint = new SipEndpoint(new SipConfig("127.0.0.1", port, List.of("udp"), Duration.ofSeconds(3), ""), sink);
        endpoint.start();
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        socket.setSoTimeout(5000);
    }

    @AfterEach
    void stop() {
        socket.close();
        endpoint.close();
    }

    private String request(String method, String callId, String branch, int cseq, String toTag) {
        String body = method.equals("INVITE") ? "v=0\r\no=t 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\nm=audio 4000 RTP/AVP 0\r\n" : "";
        return method + " sip:+18005550100@127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=" + branch + "\r\n"
                + "From: \"Ben Baker\" <sip:+12175550142@127.0.0.1>;tag=caller1\r\n"
                + "To: <sip:office@127.0.0.1>" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + "Contact: <sip:+12175550142@127.0.0.1:" + socket.getLocalPort() + ">\r\n"
                + "Max-Forwards: 70\r\n"
                + (body.isEmpty() ? "" : "Content-Type: application/sdp\r\n")
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private void send(String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName("127.0.0.1"), port));
    }

    private String receive() throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
        socket.receive(packet);
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
    }

    /** The next response whose status line and CSeq match, skipping others (retransmitted provisionals). */
    private String receive(int status, String cseqMethod) throws IOException {
        for (int i = 0; i < 10; i++) {
            String response = receive();
            if (response.startsWith("SIP/2.0 " + status + " ") && response.matches("(?s).*\r\nCSeq: \\d+ "
                    + cseqMethod + "\r\n.*")) {
                return response;
            }
        }
        throw new AssertionError("no " + status + " for " + cseqMethod);
    }

    @Test
    void optionsIsAnsweredWithWhatTheEndpointAllows() throws Exception {
        send(request("OPTIONS", UUID.randomUUID().toString(), "z9hG4bK-o1", 1, null));
        String response = receive(200, "OPTIONS");
        assertTrue(response.contains("INVITE") && response.contains("BYE") && response.contains("CANCEL"), response);
    }

    @Test
    void methodsNotServedAreRefused() throws Exception {
        send(request("MESSAGE", UUID.randomUUID().toString(), "z9hG4bK-m1", 1, null));
        assertTrue(receive(405, "MESSAGE").contains("Allow:"), "405 names what is allowed");
        send(request("FROBNICATE", UUID.randomUUID().toString(), "z9hG4bK-f1", 1, null));
        receive(501, "FROBNICATE");
        assertEquals(List.of(), sink.await(1, Duration.ofMillis(200)), "no call event");
    }

    @Test
    void retransmittedInviteRingsOnceAndByeForUnknownCallIs481() throws Exception {
        String callId = "raw-" + UUID.randomUUID();
        String invite = request("INVITE", callId, "z9hG4bK-i1", 1, null);
        send(invite);
        send(invite);
        String ringing = receive(180, "INVITE");
        String toTag = ringing.replaceAll("(?s).*\r\nTo: [^\r]*;tag=([^;\r]+).*", "$1");

        send(request("CANCEL", callId, "z9hG4bK-i1", 1, null));
        receive(200, "CANCEL");
        receive(487, "INVITE");
        send(request("ACK", callId, "z9hG4bK-i1", 1, toTag));

        List<CallEvent> events = sink.await(3, Duration.ofMillis(1500));
        assertEquals(List.of(CallStatus.RINGING, CallStatus.ABANDONED), events.stream().map(CallEvent::status).toList(),
                "one RINGING for two copies of the INVITE");

        send(request("BYE", "unknown-" + UUID.randomUUID(), "z9hG4bK-b1", 2, "nosuchtag"));
        receive(481, "BYE");
    }
}
