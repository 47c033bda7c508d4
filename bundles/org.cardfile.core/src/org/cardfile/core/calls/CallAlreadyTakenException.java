package org.cardfile.core.calls;

import java.time.Instant;

/** Someone else picked the call first; the message names who and when. */
public class CallAlreadyTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String takenBy;
    private final Instant takenAt;

    public CallAlreadyTakenException(String takenBy, Instant takenAt) {
        super("The call was already taken by " + takenBy + ".");
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public String takenBy() {
        return takenBy;
    }

    public Instant takenAt() {
        return takenAt;
    }
}
