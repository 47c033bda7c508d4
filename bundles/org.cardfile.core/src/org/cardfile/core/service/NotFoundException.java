package org.cardfile.core.service;

/** The record does not exist, or not in the signed-in user's office. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
