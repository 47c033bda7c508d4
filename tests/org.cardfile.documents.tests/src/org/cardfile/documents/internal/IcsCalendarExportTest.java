package org.cardfile.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.cardfile.core.documents.CalendarEntry;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** Writes calendars and parses them back with ical4j's own parser, as a calendar program would read them. */
class IcsCalendarExportTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T16:00:00Z"), ZoneOffset.UTC);
    private static final Instant FOLLOW_UP = ZonedDateTime.of(2026, 12, 3, 17, 0, 0, 0, ZoneId.of("Europe/Warsaw"))
            .toInstant();

    private final List<CalendarEntry> entries = List.of(
            new CalendarEntry("card-42-reminder-7@cardfile", "Tour: Ångström, Zoë", "Tour of the two-bedroom\nCall "
                    + "+1 217 555 0142 if late; she asked about the pet policy, parking and storage, and whether the "
                    + "gym opens before seven.", SampleCard.TOUR, Duration.ofMinutes(45), Duration.ofMinutes(15)),
            new CalendarEntry("card-43-reminder-9@cardfile", "Call back Łukasz", "", FOLLOW_UP, Duration.ofMinutes(15),
                    null));

    @Test
    void writesAnRfc5545CalendarWithCrlfLineEnds() {
        String ics = new IcsCalendarExport(NOW).write("Springfield Leasing Office — Alice", entries);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare LF in:\n" + ics);
        assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare CR in:\n" + ics);
        assertTrue(ics.contains("\r\nPRODID:-//Cardfile//Cardfile//EN\r\n"), ics);
        assertTrue(ics.contains("\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nX-WR-CALNAME:Springfield Leasing Office — Alice\r\n"), ics);
        // 9:30 in Chicago is 15:30 UTC; written as a UTC instant, with no time zone for a program to misread
        assertTrue(ics.contains("\r\nDTSTART:20261201T153000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20261203T160000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTAMP:20261124T160000Z\r\n"), ics);
        assertFalse(ics.contains("TZID"), ics);
        // RFC 5545 folds lines longer than 75 octets
        ics.lines().forEach(line -> assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75,
                "not folded: " + line));
    }

    @Test
    void parsesBackToTheSameEventsStartsDurationsAndAlarm() throws IOException, ParserException {
        String ics = new IcsCalendarExport(NOW).write("Alice's reminders", entries);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());

        VEvent tour = events.get(0);
        assertEquals("card-42-reminder-7@cardfile", value(tour, Property.UID));
        assertEquals("Tour: Ångström, Zoë", value(tour, Property.SUMMARY));
        assertEquals(entries.get(0).description(), value(tour, Property.DESCRIPTION));
        assertEquals(Instant.parse("2026-12-01T15:30:00Z"), start(tour));
        assertEquals(Duration.ofMinutes(45), duration(tour));
        List<VAlarm> alarms = tour.getAlarms();
        assertEquals(1, alarms.size());
        assertEquals("DISPLAY", alarms.get(0).getAction().orElseThrow().getValue());
        assertEquals(Duration.ofMinutes(-15), alarms.get(0).getTrigger().orElseThrow().getDuration());

        VEvent callBack = events.get(1);
        assertEquals("Call back Łukasz", value(callBack, Property.SUMMARY));
        assertEquals(Instant.parse("2026-12-03T16:00:00Z"), start(callBack));
        assertEquals(Duration.ofMinutes(15), duration(callBack));
        assertTrue(callBack.getAlarms().isEmpty());
        assertTrue(callBack.getProperty(Property.DESCRIPTION).isEmpty(), "no empty DESCRIPTION");
    }

    @Test
    void uidsStayTheSameAcrossExportsSoCalendarsUpdateInsteadOfDuplicating() throws IOException, ParserException {
        Clock later = Clock.offset(NOW, Duration.ofDays(3));
        Calendar first = new CalendarBuilder().build(new StringReader(new IcsCalendarExport(NOW).write("A", entries)));
        Calendar second = new CalendarBuilder().build(new StringReader(new IcsCalendarExport(later).write("A", entries)));
        List<String> firstUids = first.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID))
                .toList();
        List<String> secondUids = second.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> value(e, Property.UID)).toList();
        assertEquals(List.of("card-42-reminder-7@cardfile", "card-43-reminder-9@cardfile"), firstUids);
        assertEquals(firstUids, secondUids);
    }

    @Test
    void anEmptyListIsAValidEmptyCalendar() throws IOException, ParserException {
        String ics = new IcsCalendarExport(NOW).write("Nothing due", List.of());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertTrue(calendar.getComponents(Component.VEVENT).isEmpty());
        assertEquals("Nothing due", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static Instant start(VEvent event) {
        DateProperty<Temporal> start = event.getProperty(Property.DTSTART).map(p -> (DateProperty<Temporal>) p)
                .orElseThrow();
        return Instant.from(start.getDate());
    }

    private static Duration duration(VEvent event) {
        net.fortuna.ical4j.model.property.Duration d = event.<net.fortuna.ical4j.model.property.Duration>getProperty(
                Property.DURATION).orElseThrow(() -> new AssertionError("no DURATION"));
        return Duration.from(d.getDuration());
    }
}
