package org.cardfile.telephony.webhook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.telephony.webhook.internal.WebhookTelephonyDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint on a free loopback port, driven by real HTTP requests signed as the provider signs them. */
class VoiceWebhookTest {
    private static final String TOKEN = "a-test-auth-token";
    private static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");

    private final RecordingSink sink = new RecordingSink();
    private WebhookTelephonyDriver driver;
    private WebhookClient client;

    private void start(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("cardfile.telephony.webhook.port", "0",
                "cardfile.telephony.webhook.authToken", TOKEN));
        settings.putAll(extra);
        driver = new WebhookTelephonyDriver(settings::get, sink, Clock.fixed(NOW, ZoneOffset.UTC));
        assertTrue(driver.connected(), driver.describe());
        client = new WebhookClient(driver.port().orElseThrow(), "/telephony/voice");
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    private static Map<String, String> call(String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", "AC00000000000000000000000000000000");
        form.put("CallSid", "CA5f4e3d2c1b0a99887766554433221100");
        form.put("From", "+12175550142");
        form.put("To", "+18005550199");
        form.put("CallerName", "BAKER BEN");
        form.put("Direction", "inbound");
        form.put("CallStatus", status);
        return form;
    }

    private HttpResponse<String> signed(Map<String, String> form) throws Exception {
        return client.post(form, TwilioSigner.sign(TOKEN, client.url(), form));
    }

    @Test
    void aSignedRingingAnsweredCompletedFlowDeliversThreeEvents() throws Exception {
        start(Map.of());
        for (String status : List.of("ringing", "in-progress", "completed")) {
            HttpResponse<String> response = signed(call(status));
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
            assertTrue(response.body().contains("<Response/>"), response.body());
        }
        CallEvent first = new CallEvent("webhook", "CA5f4e3d2c1b0a99887766554433221100", 1, "+12175550142",
                "+18005550199", "", CallStatus.RINGING, NOW, "BAKER BEN", "");
        assertEquals(List.of(first, first.next(CallStatus.ANSWERED, NOW), first.next(CallStatus.ANSWERED, NOW)
                .next(CallStatus.COMPLETED, NOW)), sink.delivered());
    }

    @Test
    void aRetriedRequestCarriesTheSameSequenceSoTheInboxSeesADuplicate() throws Exception {
        start(Map.of());
        Map<String, String> answered = call("in-progress");
        answered.put("SequenceNumber", "2");
        assertEquals(200, signed(answered).statusCode());
        assertEquals(200, signed(answered).statusCode());
        List<CallEvent> delivered = sink.delivered();
        assertEquals(2, delivered.size());
        assertEquals(delivered.get(0), delivered.get(1));
        assertEquals(2, delivered.get(0).sequence());
    }

    @Test
    void aRecordingUrlIsKeptWithTheEvent() throws Exception {
        start(Map.of());
        Map<String, String> completed = call("completed");
        completed.put("RecordingUrl", "https://api.example.com/Recordings/RE123");
        assertEquals(200, signed(completed).statusCode());
        assertEquals("https://api.example.com/Recordings/RE123", sink.delivered().get(0).recording());
    }

    @Test
    void aWrongSignatureIsRefusedAndNothingIsDelivered() throws Exception {
        start(Map.of());
        Map<String, String> form = call("ringing");
        String signedWithAnotherToken = TwilioSigner.sign("not-the-token", client.url(), form);
        assertEquals(403, client.post(form, signedWithAnotherToken).statusCode());
        Map<String, String> tampered = new LinkedHashMap<>(form);
        String signature = TwilioSigner.sign(TOKEN, client.url(), form);
        tampered.put("From", "+19995550000");
        assertEquals(403, client.post(tampered, signature).statusCode());
        assertEquals(List.of(), sink.delivered());
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        start(Map.of());
        HttpResponse<String> response = client.post(call("ringing"), null);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("X-Twilio-Signature"), response.body());
        assertEquals(List.of(), sink.delivered());
    }

    @Test
    void aGarbageBodyIsABadRequest() throws Exception {
        start(Map.of());
        HttpResponse<String> response = client.postRaw("%%zz&&not a form", "c2lnbmF0dXJl");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("malformed form body"), response.body());
        assertEquals(List.of(), sink.delivered());
    }

    @Test
    void aSignedFormWithoutCallSidOrWithAnUnknownStatusIsABadRequest() throws Exception {
        start(Map.of());
        Map<String, String> noSid = call("ringing");
        noSid.remove("CallSid");
        HttpResponse<String> response = signed(noSid);
        assertEquals(400, response.statusCode());
        assertEquals("CallSid is missing", response.body().strip());
        response = signed(call("on-hold"));
        assertEquals(400, response.statusCode());
        assertEquals("unknown CallStatus 'on-hold'", response.body().strip());
        assertEquals(List.of(), sink.delivered());
    }

    @Test
    void anInboxFailureAsksTheProviderToRetry() throws Exception {
        start(Map.of());
        sink.failWith(new IllegalStateException("database is locked"));
        HttpResponse<String> response = signed(call("ringing"));
        assertEquals(503, response.statusCode());
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void behindAProxyTheConfiguredPublicUrlIsWhatIsSigned() throws Exception {
        String publicUrl = "https://calls.example.com/hooks/voice";
        start(Map.of("cardfile.telephony.webhook.publicUrl", publicUrl));
        Map<String, String> form = call("ringing");
        assertEquals(403, client.post(form, TwilioSigner.sign(TOKEN, client.url(), form)).statusCode());
        assertEquals(200, client.post(form, TwilioSigner.sign(TOKEN, publicUrl, form)).statusCode());
        assertEquals(1, sink.delivered().size());
        assertTrue(driver.describe().contains(publicUrl), driver.describe());
    }

    @Test
    void everyProviderStatusMapsToAnOfficeStatusWithItsRank() throws Exception {
        start(Map.of());
        Map<String, CallStatus> expected = new LinkedHashMap<>();
        expected.put("queued", CallStatus.RINGING);
        expected.put("initiated", CallStatus.RINGING);
        expected.put("ringing", CallStatus.RINGING);
        expected.put("in-progress", CallStatus.ANSWERED);
        expected.put("answered", CallStatus.ANSWERED);
        expected.put("completed", CallStatus.COMPLETED);
        expected.put("busy", CallStatus.BUSY);
        expected.put("no-answer", CallStatus.NO_ANSWER);
        expected.put("canceled", CallStatus.ABANDONED);
        expected.put("failed", CallStatus.NO_ANSWER);
        for (Map.Entry<String, CallStatus> e : expected.entrySet()) {
            assertEquals(200, signed(call(e.getKey())).statusCode(), e.getKey());
        }
        List<CallEvent> delivered = sink.delivered();
        assertEquals(List.copyOf(expected.values()), delivered.stream().map(CallEvent::status).toList());
        assertEquals(List.of(1, 1, 1, 2, 2, 3, 3, 3, 3, 3), delivered.stream().map(CallEvent::sequence).toList());
    }

    @Test
    void withoutPortOrTokenTheDriverStaysIdleAndSaysWhy() {
        WebhookTelephonyDriver idle = new WebhookTelephonyDriver(Map.of("cardfile.telephony.webhook.port", "0")::get,
                sink, Clock.systemUTC());
        assertFalse(idle.connected());
        assertTrue(idle.describe().contains("idle") && idle.describe().contains("authToken"), idle.describe());
        idle = new WebhookTelephonyDriver(Map.<String, String>of()::get, sink, Clock.systemUTC());
        assertFalse(idle.connected());
        assertTrue(idle.describe().contains("cardfile.telephony.webhook.port"), idle.describe());
        idle = new WebhookTelephonyDriver(Map.of("cardfile.telephony.webhook.port", "http",
                "cardfile.telephony.webhook.authToken", TOKEN)::get, sink, Clock.systemUTC());
        assertFalse(idle.connected());
        assertTrue(idle.describe().contains("not a port number"), idle.describe());
    }
}
