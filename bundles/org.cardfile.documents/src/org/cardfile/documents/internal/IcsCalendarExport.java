package org.cardfile.documents.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cardfile.core.documents.CalendarEntry;
import org.cardfile.core.documents.CalendarExport;
import org.osgi.service.component.annotations.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes reminders and appointments as an iCalendar file with ical4j. Every time is written as a UTC
 * instant ({@code DTSTART:20261201T153000Z}), so the file needs no VTIMEZONE and every calendar program
 * shows the event at the right moment in its own zone; ical4j's outputter validates the calendar, folds
 * long lines and ends them with CRLF.
 */
@Component(service = CalendarExport.class, property = "service.ranking:Integer=-1")
public final class IcsCalendarExport implements CalendarExport {
    static final String PRODUCT_ID = "-//Cardfile//Cardfile//EN";

    private final Clock clock;

    public IcsCalendarExport() {
        this(Clock.systemUTC());
    }

    IcsCalendarExport(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String write(String calendarName, List<CalendarEntry> entries) {
        // DTSTAMP is when the file was made; whole seconds, since iCalendar has no fractions
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", calendarName == null ? "Cardfile" : calendarName))
                .getFluentTarget();
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("The calendar \"" + calendarName + "\" is not valid iCalendar: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the calendar \"" + calendarName + "\"", e);
        }
        return text.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        if (entry.uid() == null || entry.uid().isBlank() || entry.start() == null || entry.duration() == null) {
            throw new IllegalArgumentException("A calendar entry needs a UID, a start and a duration: " + entry);
        }
        String summary = entry.summary() == null ? "" : entry.summary();
        VEvent event = new VEvent(entry.start().truncatedTo(ChronoUnit.SECONDS), entry.duration(), summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.alarm() != null) {
            // a DISPLAY alarm must carry the text to show (RFC 5545, 3.6.6): the event's summary
            VAlarm alarm = new VAlarm(entry.alarm().negated());
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(summary.isBlank() ? "Reminder" : summary));
            event.add(alarm);
        }
        return event;
    }
}
