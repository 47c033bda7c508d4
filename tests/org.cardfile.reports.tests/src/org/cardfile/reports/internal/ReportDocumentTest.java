package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportProgress;
import org.junit.jupiter.api.Test;

/**
 * A report run once into a document, as the workbench's viewer uses it: its pages shown one by one,
 * each row on exactly one page, the PDF exported from the same document holding every row, and a
 * closed document refusing to render.
 */
class ReportDocumentTest extends ReportsFixture {
    private static final String EVERY_CALL = "every-call";
    private static final int CALLS = 130;

    @Override
    void seed() throws Exception {
        for (int i = 0; i < CALLS; i++) {
            missed(GAZETTE, "+1217556%04d".formatted(i), 10 * i);
        }
        missed(YELLOW_PAGES, "+12175559999", 5);
        Files.writeString(folder.resolve(EVERY_CALL + ".rptdesign"), TestLayouts.table("Every call",
                "SELECT CALLER_NUMBER FROM R_CALL WHERE CALLER_NUMBER LIKE '+1217556%' ORDER BY CALLER_NUMBER",
                List.of("CALLER_NUMBER"), "Every call"), StandardCharsets.UTF_8);
    }

    @Test
    void theRowsAreSplitIntoPagesAndEachRowIsOnOnePage() throws Exception {
        try (ReportDocument document = reports.generate(alice, EVERY_CALL, Map.of(), ReportProgress.NONE)) {
            assertEquals("Every call", document.report().title());
            int pages = document.pageCount();
            assertTrue(pages >= 2, "130 rows do not fit one page, got " + pages);
            List<String> seen = new java.util.ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                List<String> onPage = callers(page(document, p));
                assertFalse(onPage.isEmpty(), "page " + p + " has rows");
                seen.addAll(onPage);
            }
            assertEquals(CALLS, seen.size(), "every call once, on one page");
            assertEquals(CALLS, seen.stream().distinct().count());
            assertEquals(Long.toString(alice.officeId()), document.parameters().get(CardfileParameters.OFFICE_ID),
                    "the document says whose office it shows");

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.export(ReportFormat.PDF, pdf, ReportProgress.NONE);
            assertEquals(CALLS, callers(pdfText(pdf.toByteArray())).stream().distinct().count(),
                    "the PDF exported from the document holds every row");
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            document.export(ReportFormat.XLSX, xlsx, ReportProgress.NONE);
            assertTrue(xlsx.size() > 0 && xlsx.toByteArray()[0] == 'P', "an .xlsx file is a zip archive");
        }
    }

    @Test
    void anotherOfficesCallsAreNotInTheDocument() {
        try (ReportDocument document = reports.generate(rita, EVERY_CALL, Map.of(), ReportProgress.NONE)) {
            assertEquals(1, document.pageCount(), "no rows still make a page");
            assertEquals(List.of(), callers(page(document, 1)), "Springfield's calls are not Shelbyville's to see");
        }
    }

    @Test
    void aPageOutsideTheDocumentAndAClosedDocumentAreRefusedInWords() {
        ReportDocument document = reports.generate(alice, "advertising-effectiveness", NOVEMBER, ReportProgress.NONE);
        assertEquals(1, document.pageCount());
        assertTrue(page(document, 1).contains("217-555-0190"), "the first page has the table");
        ReportException outside = assertThrows(ReportException.class, () -> page(document, 2));
        assertEquals("The report advertising-effectiveness has pages 1 to 1, not 2.", outside.getMessage());
        document.close();
        ReportException closed = assertThrows(ReportException.class, () -> page(document, 1));
        assertTrue(closed.getMessage().contains("was closed"), closed.getMessage());
    }

    @Test
    void aStoppedRunLeavesNoDocument() throws Exception {
        ReportProgress stopped = new ReportProgress() {
            @Override
            public void step(String what) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        long before = documentFolders();
        assertThrows(ReportCancelledException.class, () -> reports.generate(alice, EVERY_CALL, Map.of(), stopped));
        assertEquals(before, documentFolders(), "the stopped run's temporary document is removed");
    }

    private static long documentFolders() throws java.io.IOException {
        try (var files = Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("cardfile-report-")).count();
        }
    }
}
