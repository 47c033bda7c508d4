package org.cardfile.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.FieldText;
import org.junit.jupiter.api.Test;

/** Prints real cards and reads the PDFs back with PDFBox's text extraction, as a reader would see them. */
class PdfCardPrinterTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T16:00:00Z"), SampleCard.CHICAGO);
    private final PdfCardPrinter printer = new PdfCardPrinter(NOW, Locale.US);

    @Test
    void printsHeaderFieldsRemindersAndNotesOnOnePage() throws IOException {
        byte[] pdf = printer.print(SampleCard.layout(), SampleCard.card("Called twice."), SampleCard.notes(),
                "Springfield Leasing Office");
        keep("guest-card.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages(), text);
            for (String expected : List.of("Guest card", "Multi-housing", "Ångström, Zoë", "Springfield Leasing Office",
                    "Printed Nov 24, 2026", "Front", "Prospect", "First name:", "Zoë", "Last name:", "Ångström",
                    "Referred by:", "Łukasz Żółkiewski", "+12175550142", "What they need", "Bedrooms:", "Move-in date:",
                    "Jan 15, 2027", "Pets:", "Yes", "Back", "Memo:", "Called twice.", "Reminders",
                    "Appointment (upcoming):", "Tour of the two-bedroom", "Starts Dec 1, 2026", "45 min", "Alice Adams",
                    "Notes", "Wants a ground floor unit for her cat.", "Walter Wu",
                    "Application fee waived by the manager.", "Page 1 of 1")) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
            }
            // the times are the workstation's (Chicago): the tour is at 9:30, the printout at 10:00
            assertTrue(text.matches("(?s).*9:30\\h?AM CST.*"), text);
            assertTrue(text.matches("(?s).*Printed Nov 24, 2026, 10:00\\h?AM CST.*"), text);
            // a character the font lacks does not stop the printout; it prints as '?'
            assertTrue(text.contains("after 5 pm ?."), text);
            assertEquals("Ångström, Zoë — Guest card", document.getDocumentInformation().getTitle());
        }
    }

    /** Leaves the printout under target/printouts for a person to look at; the assertions cannot judge the looks. */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "printouts");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }

    @Test
    void displaysValuesAsFieldTextDoes() throws IOException {
        Card card = SampleCard.card("");
        byte[] pdf = printer.print(SampleCard.layout(), card, List.of(), "Springfield Leasing Office");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            SampleCard.layout().fields().forEach(field -> {
                String shown = FieldText.display(field, card.value(field.id()));
                assertTrue(text.contains(shown), () -> field.id() + " should read \"" + shown + "\" in:\n" + text);
            });
        }
    }

    @Test
    void embedsTheUnicodeFontInsteadOfRelyingOnTheReader() throws IOException {
        byte[] pdf = printer.print(SampleCard.layout(), SampleCard.card("x"), SampleCard.notes(), "Office");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans-Bold")), fonts.toString());
        }
    }

    @Test
    void aLongMemoContinuesOnTheNextPage() throws IOException {
        StringBuilder memo = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            memo.append("Visit ").append(i).append(": toured the model unit, asked about parking, storage, the gym"
                    + " hours and whether a second cat is allowed; follow up with the pet policy.\n");
        }
        memo.append("LAST-LINE-OF-THE-MEMO");

        byte[] pdf = printer.print(SampleCard.layout(), SampleCard.card(memo.toString()), SampleCard.notes(),
                "Springfield Leasing Office");
        keep("long-memo.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String first = firstPage.getText(document);
            PDFTextStripper laterPages = new PDFTextStripper();
            laterPages.setStartPage(2);
            String later = laterPages.getText(document);
            assertTrue(first.contains("Visit 1: toured the model unit"), first);
            assertTrue(later.contains("LAST-LINE-OF-THE-MEMO"), later);
            assertTrue(later.contains("Application fee waived by the manager."), later);
            // every sheet names its card, so a loose second page is not anonymous
            assertTrue(later.contains("Ångström, Zoë — Guest card"), later);
            assertTrue(later.contains("Page 2 of " + document.getNumberOfPages()), later);
            // every memo line made it onto paper, none lost at a page break
            String all = new PDFTextStripper().getText(document);
            for (int i = 1; i <= 60; i++) {
                assertTrue(all.contains("Visit " + i + ":"), "visit " + i + " missing");
            }
        }
    }
}
