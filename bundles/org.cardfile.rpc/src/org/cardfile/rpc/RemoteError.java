package org.cardfile.rpc;

import java.time.Instant;
import java.util.List;

import org.cardfile.core.calls.CallAlreadyTakenException;
import org.cardfile.core.calls.InvalidCallEventException;
import org.cardfile.core.capabilities.CapabilityInUseException;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;

/**
 * A refusal or failure of a service call as it travels: the workstation rethrows the same core
 * exception the server's service threw, so the UI explains it exactly as in stand-alone mode.
 *
 * @param type        the kind of refusal (see {@link Kind})
 * @param message     the sentence for the user
 * @param fieldErrors the fields a validation refused
 * @param takenBy     who took a call first
 * @param takenAt     when
 */
public record RemoteError(Kind type, String message, List<FieldError> fieldErrors, String takenBy, Instant takenAt) {

    public enum Kind {
        VALIDATION(422), STALE(409), ACCESS_DENIED(403), AUTHENTICATION(401), NOT_FOUND(404), CALL_TAKEN(409),
        INVALID_EVENT(400), BAD_REQUEST(400), SEATS_EXHAUSTED(409), CAPABILITY_IN_USE(409), REPORT(422), SERVER(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public RemoteError {
        fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        message = message == null ? "" : message;
    }

    public static RemoteError of(Kind kind, String message) {
        return new RemoteError(kind, message, List.of(), null, null);
    }

    /** The error for what a service threw; unexpected failures keep only their message. */
    public static RemoteError of(Throwable t) {
        return switch (t) {
            case ValidationException v -> new RemoteError(Kind.VALIDATION, v.getMessage(), v.errors(), null, null);
            case StaleRecordException s -> of(Kind.STALE, s.getMessage());
            case AccessDeniedException a -> of(Kind.ACCESS_DENIED, a.getMessage());
            case AuthenticationException a -> of(Kind.AUTHENTICATION, a.getMessage());
            case NotFoundException n -> of(Kind.NOT_FOUND, n.getMessage());
            case CallAlreadyTakenException c -> new RemoteError(Kind.CALL_TAKEN, c.getMessage(), List.of(), c.takenBy(),
                    c.takenAt());
            case InvalidCallEventException i -> of(Kind.INVALID_EVENT, i.getMessage());
            case CapabilityInUseException c -> of(Kind.CAPABILITY_IN_USE, c.getMessage());
            case ReportException r -> of(Kind.REPORT, r.getMessage());
            case IllegalArgumentException i -> of(Kind.BAD_REQUEST, i.getMessage());
            default -> of(Kind.SERVER, t.getClass().getSimpleName() + ": " + t.getMessage());
        };
    }

    /** The exception to throw on the workstation. */
    public RuntimeException toException() {
        return switch (type) {
            case VALIDATION -> new ValidationException(fieldErrors);
            case STALE -> new StaleRecordException(message);
            case ACCESS_DENIED -> new AccessDeniedException(message);
            case AUTHENTICATION -> new AuthenticationException(message);
            case NOT_FOUND -> new NotFoundException(message);
            case CALL_TAKEN -> new CallAlreadyTakenException(takenBy, takenAt);
            case INVALID_EVENT -> new InvalidCallEventException(message);
            case BAD_REQUEST -> new IllegalArgumentException(message);
            case SEATS_EXHAUSTED -> new SeatsExhaustedException(message);
            case CAPABILITY_IN_USE -> new CapabilityInUseException(message);
            case REPORT -> new ReportException(message);
            case SERVER -> new ServerException(message);
        };
    }
}
