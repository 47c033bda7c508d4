package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cardfile.reports.cli.internal.ReportCommandRunner;
import org.junit.jupiter.api.Test;

/**
 * {@code cardfile report} as a scheduled job uses it: signed in as a named user, the report written to
 * the file asked for, the reports listed with their parameters, and a clear message with a non-zero
 * exit code for a wrong id, parameter, format or password.
 */
class CommandLineTest extends ReportsFixture {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Override
    void seed() {
        answered(GAZETTE, "+12175550177", 0, 5, 10);
        missed(GAZETTE, "+12175550178", 60);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        ReportCommandRunner runner = new ReportCommandRunner(reports, f.auth, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return runner.run(List.of(args), command -> "cardfile".toCharArray());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsAReportToTheFileAsked() throws Exception {
        Path pdf = folder.resolveSibling(folder.getFileName() + "-out").resolve("november.pdf");
        assertEquals(ReportCommandRunner.OK, run("--user", "alice", "advertising-effectiveness", "--param", "from=2026-11-01",
                "--param", "to=2026-11-30", "--format", "pdf", "--out", pdf.toString()), err());
        String text = pdfText(Files.readAllBytes(pdf));
        assertTrue(text.contains("217-555-0190 2 1 1 2"), text);
        assertTrue(err().contains("Wrote " + pdf), err());
        assertFalse(Files.exists(pdf.resolveSibling("november.pdf.part")), "no partial file is left");
    }

    @Test
    void listsTheReportsWithTheirParameters() {
        assertEquals(ReportCommandRunner.OK, run("--list", "--user", "alice"), err());
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("advertising-effectiveness\tAdvertising effectiveness (Calls and advertising)"), listing);
        assertTrue(listing.contains("--param from="), listing);
    }

    @Test
    void aWrongIdParameterOrFormatSaysWhatIsWrong() throws Exception {
        Path file = Files.createTempFile("report", ".pdf");
        assertEquals(ReportCommandRunner.FAILED, run("--user", "alice", "no-such-report", "--format", "pdf", "--out", file.toString()));
        assertTrue(err().contains("There is no report 'no-such-report'; the reports are: advertising-effectiveness"), err());

        assertEquals(ReportCommandRunner.FAILED, run("--user", "alice", "advertising-effectiveness", "--param", "colour=red",
                "--format", "pdf", "--out", file.toString()));
        assertTrue(err().contains("has no parameter colour; it takes from, to, source"), err());

        assertEquals(ReportCommandRunner.FAILED, run("--user", "alice", "advertising-effectiveness", "--param", "from=yesterday",
                "--format", "pdf", "--out", file.toString()));
        assertTrue(err().contains("The value 'yesterday' for From in advertising-effectiveness is not a date (yyyy-mm-dd)"), err());

        assertEquals(ReportCommandRunner.USAGE, run("--user", "alice", "advertising-effectiveness", "--format", "docx",
                "--out", file.toString()));
        assertTrue(err().contains("The format 'docx' is not one of pdf, html, xlsx."), err());
    }

    @Test
    void aWrongPasswordRunsNothing() {
        out.reset();
        err.reset();
        ReportCommandRunner runner = new ReportCommandRunner(reports, f.auth, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ReportCommandRunner.FAILED, runner.run(List.of("--list", "--user", "alice"), c -> "wrong".toCharArray()));
        assertTrue(err().startsWith("Cannot sign in as alice"), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
