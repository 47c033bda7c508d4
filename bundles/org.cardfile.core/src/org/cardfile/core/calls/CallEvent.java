package org.cardfile.core.calls;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a telephony driver saw happen to a call. {@code sessionId} names the call at the
 * driver (SIP Call-ID, Asterisk Uniqueid, CallSid) and {@code sequence} numbers its events from 1;
 * together they make the event idempotent, so a driver may send the same event again after a
 * reconnect or a replay and nothing is doubled.
 *
 * @param driver       the driver's name, e.g. {@code simulator}, {@code sip}
 * @param sessionId    the call's id at the driver
 * @param sequence     1 for the first event of the session, then 2, 3, …
 * @param ani          the caller's number as signalled (any format; empty when withheld)
 * @param dnis         the dialled number: one of the office's tracking numbers
 * @param destination  where the call was put through to (a queue, extension or number); may be empty
 * @param status       the call's status after this event
 * @param at           when the driver saw it
 * @param callerName   caller name as signalled (CNAM, SIP display name); may be empty
 * @param recording    a reference to the call's recording (a URL or a file name); may be empty
 */
public record CallEvent(String driver, String sessionId, int sequence, String ani, String dnis, String destination,
        CallStatus status, Instant at, String callerName, String recording) {

    public CallEvent {
        driver = driver == null ? "" : driver.strip();
        sessionId = sessionId == null ? "" : sessionId.strip();
        ani = ani == null ? "" : ani.strip();
        dnis = dnis == null ? "" : dnis.strip();
        destination = destination == null ? "" : destination.strip();
        callerName = callerName == null ? "" : callerName.strip();
        recording = recording == null ? "" : recording.strip();
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    /** A copy with another status and sequence, for the driver's next event of the same call. */
    public CallEvent next(CallStatus newStatus, Instant when) {
        return new CallEvent(driver, sessionId, sequence + 1, ani, dnis, destination, newStatus, when, callerName,
                recording);
    }

    public CallEvent withRecording(String reference) {
        return new CallEvent(driver, sessionId, sequence, ani, dnis, destination, status, at, callerName, reference);
    }

    @Override
    public String toString() {
        return driver + " session=" + sessionId + "#" + sequence + " ani=" + ani + " dnis=" + dnis + " destination="
                + destination + " status=" + status;
    }
}
