package org.cardfile.rpc;

/** Every seat licence of the office is in use; the message names the office and the count. */
public class SeatsExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SeatsExhaustedException(String message) {
        super(message);
    }
}
