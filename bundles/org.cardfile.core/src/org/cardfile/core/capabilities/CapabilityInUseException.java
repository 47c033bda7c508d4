package org.cardfile.core.capabilities;

/** Switching off would interrupt something; the message says what, so the admin can decide. */
public class CapabilityInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CapabilityInUseException(String message) {
        super(message);
    }
}
