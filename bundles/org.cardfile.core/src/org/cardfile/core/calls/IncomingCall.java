package org.cardfile.core.calls;

import java.time.Duration;
import java.time.Instant;

/**
 * An entry of an office's incoming list: one call, routed and cross-referenced.
 *
 * @param id            the entry's id
 * @param officeId      the office it was routed to
 * @param sessionId     the call's id at the driver
 * @param driver        which driver reported it
 * @param ani           the caller's number in E.164 when it could be read, else as signalled
 * @param dnis          the dialled tracking number in E.164 when it could be read, else as signalled
 * @param destination   where the call was put through to
 * @param status        the latest status
 * @param startedAt     the first event's time
 * @param answeredAt    when it was answered; null until then
 * @param endedAt       when it reached a final status; null until then
 * @param callerName    the name signalled or found by reverse lookup; may be empty
 * @param source        the tracking number's advertising source and card template
 * @param caller        who the caller is to us: customer and earlier contacts
 * @param takenBy       display name of the rep who picked it; empty while nobody has
 * @param takenById     that rep's employee id; 0 while nobody has
 * @param takenAt       when it was picked
 * @param customerId    the customer record the call was filed under; 0 until then
 * @param disposition   what was done about a missed call; null while it waits in triage
 * @param recording     the recording reference; may be empty
 * @param cardId        the card the entry opens: the card a transfer carries, or the card saved from the call; 0 for none
 */
public record IncomingCall(long id, long officeId, String sessionId, String driver, String ani, String dnis,
        String destination, CallStatus status, Instant startedAt, Instant answeredAt, Instant endedAt,
        String callerName, CallSource source, CallerHistory caller, String takenBy, long takenById, Instant takenAt,
        long customerId, Disposition disposition, String recording, long cardId) {

    /** The driver name of entries that are cards sent from another office rather than calls. */
    public static final String TRANSFER_DRIVER = "transfer";

    /** A card sent here from another office by Send to Community, not a call. */
    public boolean isTransfer() {
        return TRANSFER_DRIVER.equals(driver);
    }

    public boolean isTaken() {
        return takenById != 0;
    }

    /** Missed, and nobody has dealt with it yet. */
    public boolean needsTriage() {
        return status.isMissed() && disposition == null && !isTaken();
    }

    /** How long the call has lasted at {@code now}: from start to its end, or to now while it goes on. */
    public Duration duration(Instant now) {
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** The name to show for the caller: the customer's, else the signalled or looked-up name, else the number. */
    public String callerLabel() {
        if (!caller.customerName().isEmpty()) {
            return caller.customerName();
        }
        return callerName.isEmpty() ? (ani.isEmpty() ? "Withheld number" : ani) : callerName;
    }
}
