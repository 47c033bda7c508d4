package org.cardfile.telephony.sip.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.InboxReceipt;

/**
 * Hands call events to the sink on the endpoint's worker thread: a slow or failing sink never holds up
 * a SIP answer, and one thread keeps each call's events in the order they happened.
 */
final class EventDelivery {
    static final String DRIVER = "sip";
    private static final System.Logger LOG = System.getLogger(EventDelivery.class.getName());

    private final CallEventSink sink;
    private final Executor worker;
    private final Clock clock;

    EventDelivery(CallEventSink sink, Executor worker, Clock clock) {
        this.sink = sink;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * The sequence is the status's place in a call's life, not a counter: a retransmitted request or a
     * replay produces the same (session, sequence) and the sink ignores it as a duplicate.
     */
    static int sequence(CallStatus status) {
        return switch (status) {
            case RINGING -> 1;
            case ANSWERED, BUSY, NO_ANSWER, ABANDONED -> 2;
            case COMPLETED -> 3;
        };
    }

    void deliver(SipCall call, CallStatus status) {
        CallParties p = call.parties();
        CallEvent event = new CallEvent(DRIVER, call.sessionId(), sequence(status), p.ani(), p.dnis(),
                p.destination(), status, clock.instant(), p.callerName(), "");
        try {
            worker.execute(() -> send(event));
        } catch (RejectedExecutionException stopped) {
            LOG.log(Level.WARNING, "SIP call session={0} ani={1} dnis={2} status={3}: not delivered, the endpoint is"
                    + " stopping", event.sessionId(), event.ani(), event.dnis(), event.status());
        }
    }

    private void send(CallEvent event) {
        try {
            InboxReceipt receipt = sink.accept(event);
            boolean duplicate = receipt != null && receipt.duplicate();
            LOG.log(Level.INFO, "SIP call session={0} ani={1} dnis={2} status={3}{4}", event.sessionId(),
                    event.ani(), event.dnis(), event.status(), duplicate ? " (delivered before)" : "");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP call session=" + event.sessionId() + " ani=" + event.ani() + " dnis="
                    + event.dnis() + " status=" + event.status() + ": the call event sink failed: " + e, e);
        }
    }
}
