package org.cardfile.rpc;

/** The server failed, or could not be reached; the message says which and why. */
public class ServerException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
