package org.cardfile.core.documents;

import java.time.Duration;
import java.time.Instant;

/**
 * One event of an iCalendar file.
 *
 * @param uid         stable across exports, so a calendar program updates the event instead of adding it twice
 * @param summary     the event's title
 * @param description longer text; may be empty
 * @param start       when it starts
 * @param duration    how long it lasts
 * @param alarm       remind this long before the start; null for no alarm
 */
public record CalendarEntry(String uid, String summary, String description, Instant start, Duration duration,
        Duration alarm) {
}
