package org.cardfile.core.calls;

/** A driver delivered an event the inbox cannot store; the message says what is wrong with it. */
public class InvalidCallEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidCallEventException(String message) {
        super(message);
    }
}
