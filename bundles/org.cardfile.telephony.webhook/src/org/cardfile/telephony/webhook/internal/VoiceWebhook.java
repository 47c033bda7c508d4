package org.cardfile.telephony.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.InboxReceipt;
import org.cardfile.core.calls.InvalidCallEventException;
import org.cardfile.telephony.webhook.internal.FormBody.MalformedFormException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Answers the provider's voice webhook and status callbacks: checks the signature, turns the form
 * into a {@link CallEvent} and hands it to the sink. The reply code tells the provider what to do:
 * 200 done, 4xx do not retry (the request is wrong), 503 retry later (the inbox could not take it).
 */
final class VoiceWebhook implements HttpHandler {

    static final String DRIVER = "webhook";
    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    /** Far above any real webhook form (a few hundred bytes); stops a client from filling memory. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** The smallest valid TwiML: tells the provider there is nothing more to do with the call. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private static final System.Logger LOG = System.getLogger(VoiceWebhook.class.getName());

    private final WebhookSettings settings;
    private final RequestSignature signature;
    private final CallEventSink sink;
    private final Clock clock;

    VoiceWebhook(WebhookSettings settings, CallEventSink sink, Clock clock) {
        this.settings = settings;
        this.signature = new RequestSignature(settings.authToken());
        this.sink = sink;
        this.clock = clock;
    }

    private record Reply(int status, String contentType, String body) {
        static Reply text(int status, String message) {
            return new Reply(status, "text/plain; charset=utf-8", message + "\n");
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = answer(exchange);
            } catch (RuntimeException e) {
                // a bug here must not look like a refusal: the provider retries a 5xx
                LOG.log(Level.ERROR, "Voice webhook failed on a request from " + remote(exchange), e);
                reply = Reply.text(500, "internal error");
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            if (reply.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "POST");
            }
            if (reply.status() == 503) {
                exchange.getResponseHeaders().set("Retry-After", "5");
            }
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Reply answer(HttpExchange exchange) throws IOException {
        if (!settings.path().equals(exchange.getRequestURI().getRawPath())) {
            return Reply.text(404, "not found");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Reply.text(405, "only POST is accepted");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null
                && !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return refuse(exchange, 415, "", "expected application/x-www-form-urlencoded, got " + contentType);
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            return refuse(exchange, 413, "", "body larger than " + MAX_BODY_BYTES + " bytes");
        }
        FormBody form;
        try {
            form = FormBody.parse(body);
        } catch (MalformedFormException e) {
            return refuse(exchange, 400, "", "malformed form body: " + e.getMessage());
        }
        String callSid = form.first("CallSid").orElse("");
        String presented = exchange.getRequestHeaders().getFirst(SIGNATURE_HEADER);
        if (!signature.verify(signedUrl(exchange), form.parameters(), presented)) {
            String why = presented == null || presented.isBlank() ? "no " + SIGNATURE_HEADER + " header"
                    : SIGNATURE_HEADER + " does not match (check " + WebhookSettings.AUTH_TOKEN + " and "
                            + WebhookSettings.PUBLIC_URL + ")";
            return refuse(exchange, 403, callSid, "signature refused: " + why);
        }
        if (callSid.isEmpty()) {
            return refuse(exchange, 400, callSid, "CallSid is missing");
        }
        String providerStatus = form.first("CallStatus").orElse("");
        if (providerStatus.isEmpty()) {
            return refuse(exchange, 400, callSid, "CallStatus is missing");
        }
        Optional<CallStatus> status = ProviderCallStatus.parse(providerStatus);
        if (status.isEmpty()) {
            return refuse(exchange, 400, callSid, "unknown CallStatus '" + providerStatus + "'");
        }
        CallEvent event = new CallEvent(DRIVER, callSid, ProviderCallStatus.rank(status.get()),
                form.first("From").orElse(""), form.first("To").orElse(""), "", status.get(), clock.instant(),
                form.first("CallerName").orElse(""), form.first("RecordingUrl").orElse(""));
        return deliver(exchange, event, providerStatus);
    }

    private Reply deliver(HttpExchange exchange, CallEvent event, String providerStatus) {
        InboxReceipt receipt;
        try {
            receipt = sink.accept(event);
        } catch (InvalidCallEventException e) {
            return refuse(exchange, 400, event.sessionId(), "the inbox refused the event: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Inbox could not take call " + event.sessionId() + " ani=" + event.ani() + " dnis="
                    + event.dnis() + " status=" + event.status() + " from " + remote(exchange)
                    + "; answering 503 so the provider retries", e);
            return Reply.text(503, "the inbox is unavailable, retry later");
        }
        LOG.log(Level.INFO, "Webhook call {0} ani={1} dnis={2} status={3} ({4}, #{5}){6}", event.sessionId(),
                event.ani(), event.dnis(), event.status(), providerStatus, event.sequence(),
                receipt.duplicate() ? " already delivered" : "");
        return new Reply(200, "text/xml; charset=utf-8", EMPTY_TWIML);
    }

    /**
     * The URL the provider signed: the configured public URL when a proxy stands between, otherwise
     * what this server was called as. The query string is part of it either way.
     */
    private String signedUrl(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        String suffix = query == null ? "" : "?" + query;
        if (!settings.publicUrl().isEmpty()) {
            return settings.publicUrl() + suffix;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        return "http://" + host + exchange.getRequestURI().getRawPath() + suffix;
    }

    private static Reply refuse(HttpExchange exchange, int status, String callSid, String message) {
        LOG.log(Level.WARNING, "Voice webhook refused a request from {0} CallSid={1} with {2}: {3}", remote(exchange),
                callSid.isEmpty() ? "(none)" : callSid, status, message);
        return Reply.text(status, message);
    }

    private static String remote(HttpExchange exchange) {
        String address = exchange.getRemoteAddress() == null ? "?"
                : exchange.getRemoteAddress().getAddress().getHostAddress();
        String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        return forwarded == null ? address : address + " (forwarded for " + forwarded + ")";
    }
}
