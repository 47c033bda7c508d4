package org.cardfile.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldText;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.documents.CardPrinter;
import org.cardfile.documents.internal.PageWriter.Style;
import org.osgi.service.component.annotations.Component;

/**
 * Prints a card the way a leasing office hands it over: a header naming the template, the card, the
 * office and when it was printed; then every page of the template, section by section, each field as
 * "label: value" in the words of {@link FieldText#display}; then the reminders and the notes.
 * <p>
 * DejaVu Sans is embedded (as a subset) from this bundle, not taken from the system, so that names such
 * as "Zoë Ångström" or "Łukasz" print the same on every workstation and server.
 */
@Component(service = CardPrinter.class, property = "service.ranking:Integer=-1")
public final class PdfCardPrinter implements CardPrinter {
    static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    private final Clock clock;
    private final Locale locale;
    private final byte[] regular;
    private final byte[] bold;

    /** The component: the workstation's clock, time zone and language. */
    public PdfCardPrinter() {
        this(Clock.systemDefaultZone(), Locale.getDefault(Locale.Category.FORMAT));
    }

    PdfCardPrinter(Clock clock, Locale locale) {
        this.clock = clock;
        this.locale = locale;
        this.regular = font(REGULAR_FONT);
        this.bold = font(BOLD_FONT);
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfCardPrinter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The printout font " + resource + " is missing from the bundle "
                        + "org.cardfile.documents; the installation is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the printout font " + resource, e);
        }
    }

    @Override
    public byte[] print(CardLayout layout, Card card, List<CardNote> notes, String officeName) {
        String title = layout.titleOf(card.values());
        try (PDDocument document = new PDDocument()) {
            PDFont text = PDType0Font.load(document, new ByteArrayInputStream(regular), true);
            PDFont strong = PDType0Font.load(document, new ByteArrayInputStream(bold), true);
            Styles styles = new Styles(text, strong);
            describe(document.getDocumentInformation(), layout, title, officeName);
            try (PageWriter out = new PageWriter(document, styles.small, title + " \u2014 " + layout.name())) {
                header(out, styles, layout, card, title, officeName);
                for (CardPage page : layout.pages()) {
                    page(out, styles, page, card, layout.pages().size() > 1);
                }
                reminders(out, styles, card.reminders());
                notes(out, styles, notes == null ? List.of() : notes);
                out.footers("Cardfile \u00b7 " + (officeName == null ? "" : officeName + " \u00b7 ") + title);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            // PDFBox writes to memory here, so this is a font or layout failure, not a full disk
            throw new UncheckedIOException("Could not print the card \"" + title + "\" (" + layout.name() + "): "
                    + e.getMessage(), e);
        }
    }

    private record Styles(Style template, Style title, Style meta, Style heading, Style section, Style label,
            Style value, Style small) {
        Styles(PDFont text, PDFont strong) {
            this(new Style(strong, 10), new Style(strong, 18), new Style(text, 9), new Style(strong, 13),
                    new Style(strong, 11), new Style(strong, 9.5f), new Style(text, 10), new Style(text, 8));
        }
    }

    private void describe(PDDocumentInformation info, CardLayout layout, String title, String officeName) {
        info.setTitle(title + " \u2014 " + layout.name());
        info.setSubject(layout.name() + (officeName == null || officeName.isBlank() ? "" : ", " + officeName));
        info.setCreator("Cardfile");
        info.setProducer("Cardfile (Apache PDFBox)");
        info.setCreationDate(java.util.GregorianCalendar.from(clock.instant().atZone(clock.getZone())));
    }

    private void header(PageWriter out, Styles s, CardLayout layout, Card card, String title, String officeName)
            throws IOException {
        out.keep(80);
        String template = layout.industry().isEmpty() ? layout.name() : layout.name() + " \u00b7 " + layout.industry();
        out.paragraph(template, s.template, 0, 0.35f);
        out.paragraph(title, s.title, 0, 0f);
        StringBuilder meta = new StringBuilder();
        if (officeName != null && !officeName.isBlank()) {
            meta.append(officeName).append(" \u00b7 ");
        }
        meta.append("Printed ").append(time(clock.instant()));
        out.paragraph(meta.toString(), s.meta, 0, 0.25f);
        if (!card.isNew()) {
            StringBuilder saved = new StringBuilder("Card ").append(card.id());
            if (card.createdAt() != null) {
                saved.append(" \u00b7 created ").append(time(card.createdAt())).append(by(card.createdBy()));
            }
            if (card.updatedAt() != null) {
                saved.append(" \u00b7 last saved ").append(time(card.updatedAt())).append(by(card.updatedBy()));
            }
            out.paragraph(saved.toString(), s.meta, 0, 0.25f);
        }
        if (!card.transferredFrom().isEmpty()) {
            out.paragraph("Sent from " + card.transferredFrom(), s.meta, 0, 0.25f);
        }
        out.rule(0.2f);
    }

    private static String by(String who) {
        return who.isBlank() ? "" : " by " + who;
    }

    private void page(PageWriter out, Styles s, CardPage page, Card card, boolean titled) throws IOException {
        if (titled && !page.title().isEmpty()) {
            out.gap(6);
            out.keep(s.heading.leading() + s.section.leading() + 2 * s.value.leading());
            out.paragraph(page.title(), s.heading, 0, 0f);
        }
        for (CardSection section : page.sections()) {
            out.gap(4);
            out.keep(s.section.leading() + 12 + 2 * s.value.leading());
            if (!section.title().isEmpty()) {
                out.paragraph(section.title(), s.section, 0, 0.15f);
            }
            out.rule(0.75f);
            for (FieldDefinition field : section.fields()) {
                String value = FieldText.display(field, card.value(field.id()));
                if (field.type() == FieldType.MEMO && value.length() > 80) {
                    // long text reads better across the page than squeezed into the value column
                    out.keep(s.label.leading() + 2 * s.value.leading());
                    out.paragraph(field.label() + ":", s.label, 0, 0.3f);
                    out.paragraph(value, s.value, 12, 0f);
                } else {
                    out.labelled(field.label() + ":", s.label, value, s.value);
                }
            }
        }
    }

    private void reminders(PageWriter out, Styles s, List<CardReminder> reminders) throws IOException {
        if (reminders.isEmpty()) {
            return;
        }
        heading(out, s, "Reminders");
        Instant now = clock.instant();
        for (CardReminder reminder : reminders) {
            if (reminder.due() == null) {
                // not scheduled yet: print what to do, without a state that needs a date
                out.labelled(reminder.kind().label() + ":", s.label, reminder.title() + "\nNo date set", s.value);
                continue;
            }
            String label = reminder.kind().label() + " (" + state(reminder.state(now, clock.getZone())) + "):";
            StringBuilder value = new StringBuilder(reminder.title().isEmpty() ? reminder.kind().label() : reminder.title());
            value.append('\n').append(reminder.kind() == ReminderKind.APPOINTMENT ? "Starts " : "Due ")
                    .append(time(reminder.due()));
            if (reminder.kind() == ReminderKind.APPOINTMENT && reminder.durationMinutes() > 0) {
                value.append(", ").append(reminder.durationMinutes()).append(" min");
            }
            if (!reminder.assigneeName().isBlank()) {
                value.append(" \u00b7 for ").append(reminder.assigneeName());
            }
            out.labelled(label, s.label, value.toString(), s.value);
        }
    }

    private static String state(CardReminder.State state) {
        return switch (state) {
            case DONE -> "done";
            case OVERDUE -> "overdue";
            case DUE_TODAY -> "due today";
            case UPCOMING -> "upcoming";
        };
    }

    private void notes(PageWriter out, Styles s, List<CardNote> notes) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        heading(out, s, "Notes");
        for (CardNote note : notes) {
            out.gap(2);
            out.keep(s.label.leading() + 2 * s.value.leading());
            String who = note.employeeName() == null || note.employeeName().isBlank() ? "" : " \u00b7 " + note.employeeName();
            out.paragraph((note.at() == null ? "" : time(note.at())) + who, s.label, 0, 0.3f);
            out.paragraph(note.text() == null ? "" : note.text(), s.value, 12, 0f);
        }
    }

    private static void heading(PageWriter out, Styles s, String text) throws IOException {
        out.gap(8);
        out.keep(s.heading.leading() + 12 + 2 * s.value.leading());
        out.paragraph(text, s.heading, 0, 0f);
        out.rule(0.75f);
    }

    /** A moment in the printing workstation's zone, with the zone named so a printout sent elsewhere is unambiguous. */
    private String time(Instant instant) {
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone());
        DateTimeFormatter zone = DateTimeFormatter.ofPattern("zzz", locale).withZone(clock.getZone());
        return local.format(instant) + " " + zone.format(instant);
    }
}
