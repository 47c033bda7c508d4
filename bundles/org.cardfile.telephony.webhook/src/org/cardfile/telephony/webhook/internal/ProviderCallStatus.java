package org.cardfile.telephony.webhook.internal;

import java.util.Locale;
import java.util.Optional;

import org.cardfile.core.calls.CallStatus;

/**
 * The provider's {@code CallStatus} values and what they mean for the office.
 * <ul>
 * <li>{@code queued}, {@code initiated}, {@code ringing} → {@link CallStatus#RINGING}</li>
 * <li>{@code in-progress}, {@code answered} → {@link CallStatus#ANSWERED}</li>
 * <li>{@code completed} → {@link CallStatus#COMPLETED}</li>
 * <li>{@code busy} → {@link CallStatus#BUSY}</li>
 * <li>{@code no-answer} → {@link CallStatus#NO_ANSWER}</li>
 * <li>{@code canceled} → {@link CallStatus#ABANDONED}: the caller hung up before anyone answered</li>
 * <li>{@code failed} → {@link CallStatus#NO_ANSWER}: the provider could not put the call through; nobody
 * spoke to the caller, so it belongs in the triage list with the other missed calls rather than
 * being dropped</li>
 * </ul>
 */
final class ProviderCallStatus {

    private ProviderCallStatus() {
    }

    static Optional<CallStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "queued", "initiated", "ringing" -> CallStatus.RINGING;
            case "in-progress", "answered" -> CallStatus.ANSWERED;
            case "completed" -> CallStatus.COMPLETED;
            case "busy" -> CallStatus.BUSY;
            case "no-answer" -> CallStatus.NO_ANSWER;
            case "canceled" -> CallStatus.ABANDONED;
            case "failed" -> CallStatus.NO_ANSWER;
            default -> null;
        });
    }

    /**
     * The event's sequence number: the status's rank in a call's life (ringing 1, answered 2, the
     * final status 3). Derived from the status alone so that a request the provider retries, or the
     * same status reported by the voice webhook and again by a status callback, carries the same
     * number and the inbox recognises it as a duplicate. The provider's own {@code SequenceNumber}
     * is not used: the first voice request has none, and status callbacks count statuses (initiated,
     * ringing, …) that map to one office status, so mixing the two numberings would collide.
     */
    static int rank(CallStatus status) {
        return status.rank();
    }
}
