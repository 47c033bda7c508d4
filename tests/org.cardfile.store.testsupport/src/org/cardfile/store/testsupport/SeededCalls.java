package org.cardfile.store.testsupport;

import java.time.Instant;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;

/**
 * Calls delivered event by event, as a telephony driver delivers them, at seconds after a start:
 * answered ones (ringing, answered, completed) and missed ones (ringing, no answer after 25 s).
 */
public final class SeededCalls {
    private final CallEventSink inbox;
    private final Instant start;

    public SeededCalls(CallEventSink inbox, Instant start) {
        this.inbox = inbox;
        this.start = start;
    }

    /** @return the call's id */
    public long answered(String dnis, String ani, int startSecond, int ringSeconds, int talkSeconds) {
        String session = UUID.randomUUID().toString();
        Instant at = start.plusSeconds(startSecond);
        long callId = event(session, 1, ani, dnis, CallStatus.RINGING, at);
        event(session, 2, ani, dnis, CallStatus.ANSWERED, at.plusSeconds(ringSeconds));
        event(session, 3, ani, dnis, CallStatus.COMPLETED, at.plusSeconds(ringSeconds + talkSeconds));
        return callId;
    }

    /** @return the call's id */
    public long missed(String dnis, String ani, int startSecond) {
        String session = UUID.randomUUID().toString();
        Instant at = start.plusSeconds(startSecond);
        long callId = event(session, 1, ani, dnis, CallStatus.RINGING, at);
        event(session, 2, ani, dnis, CallStatus.NO_ANSWER, at.plusSeconds(25));
        return callId;
    }

    private long event(String session, int sequence, String ani, String dnis, CallStatus status, Instant at) {
        return inbox.accept(new CallEvent("test", session, sequence, ani, dnis, "", status, at, "", "")).callId();
    }
}
