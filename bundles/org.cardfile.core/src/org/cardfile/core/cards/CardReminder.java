package org.cardfile.core.cards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A follow-up or appointment on a card, assigned to a rep.
 *
 * @param id               0 until saved
 * @param kind             follow-up or appointment
 * @param title            what to do, e.g. "Call back about the two-bedroom"
 * @param due              when it is due or the appointment starts
 * @param durationMinutes  how long an appointment lasts; 0 for a follow-up
 * @param assigneeId       the rep it is for; 0 for the rep who saves the card
 * @param assigneeName     that rep's name, filled in by the store
 * @param done             ticked off
 */
public record CardReminder(long id, ReminderKind kind, String title, Instant due, int durationMinutes, long assigneeId,
        String assigneeName, boolean done) {

    /** How a reminder stands at a moment, for the due/overdue indicator. */
    public enum State {
        DONE, OVERDUE, DUE_TODAY, UPCOMING
    }

    public CardReminder {
        kind = kind == null ? ReminderKind.FOLLOW_UP : kind;
        title = title == null ? "" : title.strip();
        assigneeName = assigneeName == null ? "" : assigneeName;
        durationMinutes = Math.max(0, durationMinutes);
    }

    public State state(Instant now, ZoneId zone) {
        if (done) {
            return State.DONE;
        }
        if (due.isBefore(now)) {
            return State.OVERDUE;
        }
        return LocalDate.ofInstant(due, zone).equals(LocalDate.ofInstant(now, zone)) ? State.DUE_TODAY : State.UPCOMING;
    }

    /** The event's length in a calendar: the appointment's duration, else a quarter of an hour. */
    public Duration calendarDuration() {
        return Duration.ofMinutes(durationMinutes == 0 ? 15 : durationMinutes);
    }
}
