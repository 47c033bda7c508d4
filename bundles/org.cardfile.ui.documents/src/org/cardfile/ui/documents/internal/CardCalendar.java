package org.cardfile.ui.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.cards.ScheduledReminder;
import org.cardfile.core.documents.CalendarEntry;
import org.cardfile.core.documents.CalendarExport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves follow-ups and appointments as iCalendar files: one event from a card, or a rep's whole
 * list. UIDs are stable (card and reminder id), so importing again updates rather than duplicates.
 */
final class CardCalendar {
    private final CalendarExport export;
    private final Consumer<String> say;

    CardCalendar(CalendarExport export, Consumer<String> say) {
        this.export = export;
        this.say = say;
    }

    /** Writes one follow-up or appointment of the card to a file the rep chooses. */
    void exportOne(Shell shell, CardSummary card, CardReminder reminder) {
        if (card.id() == 0 || reminder.id() == 0) {
            say.accept("Save the card first: a follow-up gets its calendar entry once it is saved.");
            return;
        }
        save(shell, "Cardfile " + card.title(), List.of(entry(card, reminder)),
                card.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + reminder.id() + ".ics");
    }

    /** Writes the rep's open follow-ups and appointments to a file the rep chooses. */
    void exportAll(Shell shell, String repName, List<ScheduledReminder> reminders) {
        if (reminders.isEmpty()) {
            say.accept(repName + " has no open follow-ups or appointments.");
            return;
        }
        save(shell, "Cardfile – " + repName, reminders.stream().map(s -> entry(s.card(), s.reminder())).toList(),
                "cardfile-" + repName.replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase() + ".ics");
    }

    static CalendarEntry entry(CardSummary card, CardReminder r) {
        String summary = r.kind().label() + ": " + r.title() + " – " + card.title();
        String description = card.templateName() + " " + card.title() + (r.assigneeName().isEmpty() ? ""
                : "\nFor " + r.assigneeName());
        Duration alarm = r.kind() == ReminderKind.APPOINTMENT ? Duration.ofMinutes(30) : Duration.ZERO;
        return new CalendarEntry("cardfile-card-" + card.id() + "-reminder-" + r.id(), summary, description, r.due(),
                r.calendarDuration(), alarm);
    }

    private void save(Shell shell, String name, List<CalendarEntry> entries, String fileName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save calendar file");
        dialog.setFilterExtensions(new String[] { "*.ics" });
        dialog.setFileName(fileName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            Files.writeString(Path.of(chosen), export.write(name, entries), StandardCharsets.UTF_8);
            say.accept("Saved " + entries.size() + " event" + (entries.size() == 1 ? "" : "s") + " to " + chosen
                    + ".");
        } catch (IOException | RuntimeException e) {
            say.accept("Could not save " + chosen + ": " + e.getMessage());
        }
    }
}
