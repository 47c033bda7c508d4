package org.cardfile.telephony.sip.internal;

import java.time.Instant;
import java.util.concurrent.Future;

import javax.sip.ServerTransaction;

import org.cardfile.core.calls.CallStatus;

/**
 * One call the endpoint is serving, named by its Call-ID. The SIP stack's threads (CANCEL, BYE) and
 * the endpoint's worker (the ring timer) both move it on, so every change of status goes through
 * {@link #moveTo}, which lets exactly one of two racing events win.
 */
final class SipCall {
    private final String sessionId;
    private final CallParties parties;
    private final ServerTransaction invite;
    private final String toTag;
    private final long inviteCSeq;
    private final Instant started;
    private CallStatus status = CallStatus.RINGING;
    private Future<?> answer;

    SipCall(String sessionId, CallParties parties, ServerTransaction invite, String toTag, long inviteCSeq,
            Instant started) {
        this.sessionId = sessionId;
        this.parties = parties;
        this.invite = invite;
        this.toTag = toTag;
        this.inviteCSeq = inviteCSeq;
        this.started = started;
    }

    String sessionId() {
        return sessionId;
    }

    CallParties parties() {
        return parties;
    }

    ServerTransaction invite() {
        return invite;
    }

    String toTag() {
        return toTag;
    }

    long inviteCSeq() {
        return inviteCSeq;
    }

    Instant started() {
        return started;
    }

    synchronized CallStatus status() {
        return status;
    }

    /** Moves to {@code next} when the call may; false when another event got there first. */
    synchronized boolean moveTo(CallStatus next) {
        if (!status.mayBecome(next)) {
            return false;
        }
        status = next;
        if (next != CallStatus.ANSWERED && answer != null) {
            answer.cancel(false);
        }
        return true;
    }

    /**
     * The caller hung up (BYE): an answered call is COMPLETED, a ringing one ABANDONED; null when the
     * call had already ended.
     */
    synchronized CallStatus hangUp() {
        CallStatus next = status == CallStatus.ANSWERED ? CallStatus.COMPLETED : CallStatus.ABANDONED;
        return moveTo(next) ? next : null;
    }

    synchronized void answerWith(Future<?> timer) {
        this.answer = timer;
    }
}
