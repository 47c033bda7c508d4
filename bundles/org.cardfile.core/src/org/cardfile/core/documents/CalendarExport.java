package org.cardfile.core.documents;

import java.util.List;

/** Writes events as an iCalendar (RFC 5545) file a calendar program imports. */
public interface CalendarExport {

    /** @return the {@code .ics} text, with CRLF line ends as RFC 5545 asks */
    String write(String calendarName, List<CalendarEntry> entries);
}
