package org.cardfile.core.mail;

/** The mail could not be sent; the message says why in words a rep can act on. */
public class MailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailException(String message) {
        super(message);
    }
}
