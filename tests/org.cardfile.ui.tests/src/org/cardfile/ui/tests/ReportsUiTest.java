package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cardfile.ui.reports.internal.UserChoices;
import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.cardfile.ui.testsupport.Screenshots;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rep opens Reports with its key, picks advertising effectiveness, runs it with the form's defaults,
 * reads the office's tracking numbers in the browser widget, and exports the same run as a PDF.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportsUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    /** Answers the save dialog with a chosen file, as a user would type it in. */
    private record SaveTo(Path file) implements UserChoices {
        @Override
        public Optional<Path> saveAs(Shell shell, String title, String suggestedName, String extension) {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> open(Shell shell, String title, String extension) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(Shell shell, String title, String question) {
            return false;
        }
    }

    @Test
    void aRepRunsAdvertisingEffectivenessReadsItsTableAndExportsItAsPdf() throws Exception {
        var robot = workbench.robot;
        robot.press('r', SWT.CTRL, SWT.SHIFT);
        ReportsPage page = new ReportsPage(robot);
        TreeItem advertising = robot.waitFor("advertising effectiveness in the list", () -> page.item("Advertising effectiveness"));
        assertEquals("Calls and advertising", advertising.getParentItem().getText(), "listed under its category");
        page.choose("Advertising effectiveness");

        robot.find("reports.param.from", DateTime.class);
        robot.find("reports.param.to", DateTime.class);
        Combo source = robot.find("reports.param.source", Combo.class);
        List<String> sources = List.of(source.getItems());
        assertEquals("(any)", source.getText(), "the source may be left out, and is by default");
        assertTrue(sources.contains("Springfield Gazette, Sunday classifieds"), sources.toString());
        assertFalse(sources.stream().anyMatch(s -> s.contains("Shelbyville")), "only the rep's office's sources: " + sources);

        robot.click(robot.find("reports.run", Button.class));
        String shown = page.browserShowing("217-555-0190");
        assertTrue(shown.contains("Springfield Gazette, Sunday classifieds"), shown);
        assertTrue(shown.contains("217-555-0191"), "every tracking number of the office has its row: " + shown);
        assertFalse(shown.contains("217-555-0195"), "Shelbyville's number is not in Springfield's report");
        assertEquals("Page 1 of 1", robot.find("reports.page", Label.class).getText());
        // the browser paints in its own process: give it a moment before the picture for the docs
        long paintedBy = System.nanoTime() + 1_500_000_000L;
        robot.waitUntil("the browser to paint", () -> System.nanoTime() > paintedBy);
        new Screenshots(robot.display()).ofShell(robot.visibleShells().get(0), Path.of("target", "screenshots", "reports.png"));

        Path pdf = Files.createTempDirectory("cardfile-ui-report").resolve("advertising.pdf");
        IEclipseContext application = ReportsPage.applicationContext();
        application.set(UserChoices.class, new SaveTo(pdf));
        try {
            robot.click(robot.find("reports.exportPdf", Button.class));
            Label message = robot.find("reports.message", Label.class);
            robot.waitUntil("the PDF saved", () -> message.getText().startsWith("Saved Advertising effectiveness to"));
        } finally {
            application.remove(UserChoices.class);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("217-555-0190"), text);
            assertTrue(text.contains("Springfield Gazette, Sunday classifieds"), text);
        }
    }
}
