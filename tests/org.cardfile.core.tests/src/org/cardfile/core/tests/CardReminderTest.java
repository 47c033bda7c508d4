package org.cardfile.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardReminder.State;
import org.cardfile.core.cards.ReminderKind;
import org.junit.jupiter.api.Test;

class CardReminderTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** 2 pm in Springfield, 8 pm in Greenwich. */
    private static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");

    private static CardReminder due(Instant at, boolean done) {
        return new CardReminder(0, ReminderKind.FOLLOW_UP, "Call back about the two-bedroom", at, 0, 0, "", done);
    }

    @Test
    void aReminderPastItsTimeIsOverdueEvenEarlierTheSameDay() {
        assertEquals(State.OVERDUE, due(NOW.minusSeconds(60), false).state(NOW, CHICAGO));
        assertEquals(State.OVERDUE, due(NOW.minus(Duration.ofDays(3)), false).state(NOW, CHICAGO));
    }

    @Test
    void laterTodayIsDueTodayInTheOfficesTimeZone() {
        // 9 pm in Springfield is already tomorrow in Greenwich: the office's day decides
        Instant ninePm = Instant.parse("2026-11-25T03:00:00Z");
        assertEquals(State.DUE_TODAY, due(ninePm, false).state(NOW, CHICAGO));
        assertEquals(State.UPCOMING, due(ninePm, false).state(NOW, ZoneId.of("UTC")));
        assertEquals(State.DUE_TODAY, due(NOW, false).state(NOW, CHICAGO));
    }

    @Test
    void tomorrowIsUpcoming() {
        assertEquals(State.UPCOMING, due(Instant.parse("2026-11-25T15:00:00Z"), false).state(NOW, CHICAGO));
    }

    @Test
    void aTickedOffReminderIsDoneWhenever() {
        assertEquals(State.DONE, due(NOW.minus(Duration.ofDays(3)), true).state(NOW, CHICAGO));
        assertEquals(State.DONE, due(NOW.plus(Duration.ofDays(3)), true).state(NOW, CHICAGO));
    }

    @Test
    void aFollowUpTakesAQuarterOfAnHourInTheCalendarAndAnAppointmentItsLength() {
        assertEquals(Duration.ofMinutes(15), due(NOW, false).calendarDuration());
        CardReminder showing = new CardReminder(0, ReminderKind.APPOINTMENT, "Showing 4B", NOW, 45, 0, "", false);
        assertEquals(Duration.ofMinutes(45), showing.calendarDuration());
    }
}
