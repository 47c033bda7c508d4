package org.cardfile.core.calls;

/**
 * Where a call stands, as a telephony driver reports it. A call starts {@link #RINGING}; the other
 * states follow it. {@link #BUSY}, {@link #NO_ANSWER} and {@link #ABANDONED} are missed calls: they
 * stay in the office's triage list until someone gives them a disposition.
 */
public enum CallStatus {
    RINGING("Ringing"),
    ANSWERED("Answered"),
    BUSY("Busy"),
    NO_ANSWER("No answer"),
    COMPLETED("Completed"),
    ABANDONED("Abandoned before answer");

    private final String label;

    CallStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No further status follows this one. */
    public boolean isFinal() {
        return this != RINGING && this != ANSWERED;
    }

    /** The caller never spoke to anyone: the call belongs in the triage list. */
    public boolean isMissed() {
        return this == BUSY || this == NO_ANSWER || this == ABANDONED;
    }

    /**
     * The status's place in a call's life: ringing 1, answered 2, any final status 3. Drivers whose
     * source does not number events (a webhook, AMI) use it as the event sequence, so a status sent
     * again after a retry or reconnect is the same event to the inbox.
     */
    public int rank() {
        return switch (this) {
            case RINGING -> 1;
            case ANSWERED -> 2;
            case COMPLETED, BUSY, NO_ANSWER, ABANDONED -> 3;
        };
    }

    /**
     * Whether a call may move from this status to {@code next}. Events can arrive out of order
     * (a replayed queue, two drivers); a final status is never overwritten by an earlier one.
     */
    public boolean mayBecome(CallStatus next) {
        if (next == this) {
            return false;
        }
        return switch (this) {
            case RINGING -> true;
            case ANSWERED -> next == COMPLETED;
            default -> false;
        };
    }
}
