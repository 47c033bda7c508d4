package org.cardfile.core.security;

/** The signed-in employee's role or office does not allow the operation. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
