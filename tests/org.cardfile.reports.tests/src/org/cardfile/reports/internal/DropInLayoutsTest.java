package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.junit.jupiter.api.Test;

/**
 * A layout dropped into the reports folder is listed and runs at once; a broken one is listed with what
 * is wrong and leaves the others alone; a hostile one (base tables, other offices, Java from script)
 * gets nothing or a clear refusal, on the connection Cardfile hands in.
 */
class DropInLayoutsTest extends ReportsFixture {

    @Override
    void seed() {
        answered(GAZETTE, "+12175550177", 0, 5, 10);
        missed(WEBSITE, "+12175550178", 60);
        answered(YELLOW_PAGES, "+12175550101", 120, 2, 30);
    }

    private void drop(String id, String layout) throws Exception {
        Files.writeString(folder.resolve(id + ".rptdesign"), layout, StandardCharsets.UTF_8);
    }

    private ReportInfo listed(String id) {
        return reports.list(alice).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    @Test
    void aDroppedLayoutIsListedAndRunsWithoutARestart() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        dropIns.addListener(source -> told.countDown());
        drop("calls-per-number", TestLayouts.table("Calls per number",
                "SELECT DIALLED_NUMBER, COUNT(*) AS N FROM R_CALL GROUP BY DIALLED_NUMBER"
                        + " ORDER BY DIALLED_NUMBER", List.of("DIALLED_NUMBER", "N"), "Calls per number"));
        assertTrue(told.await(20, TimeUnit.SECONDS), "the folder watch tells the Reports part");
        ReportInfo info = listed("calls-per-number");
        assertEquals("Calls per number", info.title());
        assertEquals("", info.problem());
        assertTrue(info.origin().contains(folder.toString()), info.origin());
        String text = htmlText(render(alice, "calls-per-number", Map.of(), ReportFormat.HTML));
        assertTrue(text.contains("+12175550190 1"), text);
        assertTrue(text.contains("+12175550191 1"), text);
        assertFalse(text.contains("+12175550195"), "Shelbyville's call is not in Springfield's report: " + text);
    }

    @Test
    void aBrokenLayoutIsListedWithItsErrorAndTheOthersStillRun() throws Exception {
        drop("half-written", "<report xmlns=\"http://www.eclipse.org/birt/2005/design\"><body>");
        ReportInfo broken = listed("half-written");
        assertFalse(broken.runnable());
        assertTrue(broken.problem().contains("not a readable design file"), broken.problem());
        ReportException refused = assertThrows(ReportException.class,
                () -> render(alice, "half-written", Map.of(), ReportFormat.PDF));
        assertTrue(refused.getMessage().contains("cannot run"), refused.getMessage());
        assertEquals("", listed("advertising-effectiveness").problem());
        assertTrue(pdfText(render(alice, "advertising-effectiveness", NOVEMBER, ReportFormat.PDF)).contains("217-555-0190"));
    }

    @Test
    void aLayoutReadingTheEmployeeTableIsRefusedWithTheReason() throws Exception {
        drop("password-hashes", TestLayouts.table("Hashes", "SELECT LOGIN, PASSWORD_HASH FROM EMPLOYEE",
                List.of("LOGIN", "PASSWORD_HASH"), "hashes"));
        ReportException refused = assertThrows(ReportException.class,
                () -> render(alice, "password-hashes", Map.of(), ReportFormat.HTML));
        assertTrue(refused.getMessage().contains("Reports may only read the reporting views"), refused.getMessage());
        assertTrue(refused.getMessage().contains("EMPLOYEE"), refused.getMessage());
    }

    @Test
    void askingForAnotherOfficesRowsGetsNone() throws Exception {
        drop("other-office", TestLayouts.table("Other office",
                "SELECT DIALLED_NUMBER, OFFICE_ID AS OFFICE FROM R_CALL WHERE OFFICE_ID <> "
                        + alice.officeId() + " OR 1 = 1",
                List.of("DIALLED_NUMBER", "OFFICE"), "marker-start"));
        String text = htmlText(render(alice, "other-office", Map.of(), ReportFormat.HTML));
        assertTrue(text.contains("+12175550190 " + alice.officeId()), text);
        assertFalse(text.contains("+12175550195"), "even OR 1 = 1 reads only the user's office: " + text);
    }

    @Test
    void aScriptReachingForJavaIsRefusedBeforeItRuns() throws Exception {
        drop("java-from-script", TestLayouts.table("Java", "SELECT OFFICE_NAME FROM R_OFFICE", List.of("OFFICE_NAME"),
                "<value-of>java.lang.System.getProperty(\"user.home\")</value-of>"));
        ReportInfo info = listed("java-from-script");
        assertFalse(info.runnable());
        assertTrue(info.problem().contains("reaches for Java"), info.problem());
        assertThrows(ReportException.class, () -> render(alice, "java-from-script", Map.of(), ReportFormat.HTML));
    }

    @Test
    void aScriptHidingItsReachForJavaStillGetsNoJava() throws Exception {
        String home = System.getProperty("user.home");
        drop("hidden-java", TestLayouts.table("Hidden", "SELECT OFFICE_NAME FROM R_OFFICE", List.of("OFFICE_NAME"),
                "[<value-of>var p = eval('Pack' + 'ages'); String(p['ja' + 'va']['lang']['System'].getProperty('user.home'))</value-of>]"));
        assertEquals("", listed("hidden-java").problem(), "the scan cannot see through string arithmetic");
        String text;
        try {
            text = htmlText(render(alice, "hidden-java", Map.of(), ReportFormat.HTML));
        } catch (ReportException refused) {
            text = refused.getMessage();
        }
        assertFalse(text.contains(home), "the script read the user's home folder: " + text);
    }

    @Test
    void aScriptedDataSourceIsRefused() throws Exception {
        String layout = TestLayouts.table("Scripted", "SELECT OFFICE_NAME FROM R_OFFICE", List.of("OFFICE_NAME"), "x")
                .replace("<data-sources>", "<data-sources><script-data-source name=\"mine\" id=\"90\"/>");
        drop("scripted-source", layout);
        ReportInfo info = listed("scripted-source");
        assertTrue(info.problem().contains("scripted; Cardfile reports read data through JDBC only"), info.problem());
    }

    private static byte[] callsPerNumber(String title) {
        return TestLayouts.table(title, "SELECT DIALLED_NUMBER, COUNT(*) AS N FROM R_CALL GROUP BY DIALLED_NUMBER",
                List.of("DIALLED_NUMBER", "N"), title).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAdminAddsALayoutThatEveryoneInTheOfficeThenRunsAndRemovesIt() throws Exception {
        Session admin = f.signIn("admin");
        CountDownLatch told = new CountDownLatch(1);
        Runnable listener = told::countDown;
        reports.addListener(listener);
        ReportInfo added = reports.addLayout(admin, "/home/designer/Calls by number.v2.rptdesign".replace(" ", "-"),
                callsPerNumber("Calls by number"));
        assertEquals("Calls-by-number.v2", added.id());
        assertTrue(told.await(20, TimeUnit.SECONDS), "the Reports part hears of the new layout");
        reports.removeListener(listener);
        assertTrue(added.removable(), "an added layout can be removed again");
        assertTrue(Files.isRegularFile(folder.resolve("Calls-by-number.v2.rptdesign")), "it is in the reports folder");
        assertTrue(htmlText(render(alice, "Calls-by-number.v2", Map.of(), ReportFormat.HTML)).contains("+12175550190 1"));
        assertFalse(listed("advertising-effectiveness").removable(), "a shipped report is not removable");

        reports.addLayout(admin, "Calls-by-number.v2.rptdesign", callsPerNumber("Calls by dialled number"));
        assertEquals("Calls by dialled number", listed("Calls-by-number.v2").title(), "adding again replaces it");

        reports.removeLayout(admin, "Calls-by-number.v2");
        assertFalse(Files.exists(folder.resolve("Calls-by-number.v2.rptdesign")));
        assertTrue(reports.list(alice).stream().noneMatch(r -> r.id().equals("Calls-by-number.v2")));
    }

    @Test
    void layoutsThatWouldBreakOrShadowAShippedReportAreRefusedAndNotWritten() throws Exception {
        Session admin = f.signIn("admin");
        ReportException broken = assertThrows(ReportException.class, () -> reports.addLayout(admin, "half.rptdesign",
                "<report xmlns=\"http://www.eclipse.org/birt/2005/design\"><body>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().startsWith("The layout half.rptdesign was not added: "), broken.getMessage());
        assertFalse(Files.exists(folder.resolve("half.rptdesign")));

        ReportException shadow = assertThrows(ReportException.class,
                () -> reports.addLayout(admin, "advertising-effectiveness.rptdesign", callsPerNumber("Mine")));
        assertTrue(shadow.getMessage().contains("belongs to the shipped report \"Advertising effectiveness\""),
                shadow.getMessage());
        assertEquals("Advertising effectiveness", listed("advertising-effectiveness").title());

        ReportException name = assertThrows(ReportException.class,
                () -> reports.addLayout(admin, "notes.txt", callsPerNumber("Mine")));
        assertEquals("\"notes.txt\" is not a BIRT layout: its name must end in .rptdesign.", name.getMessage());
        ReportException hidden = assertThrows(ReportException.class,
                () -> reports.addLayout(admin, "..rptdesign", callsPerNumber("Mine")));
        assertTrue(hidden.getMessage().contains("cannot be a report id"), hidden.getMessage());

        ReportException shipped = assertThrows(ReportException.class,
                () -> reports.removeLayout(admin, "advertising-effectiveness"));
        assertTrue(shipped.getMessage().contains("is shipped with Cardfile"), shipped.getMessage());
    }

    @Test
    void aRepMayRunReportsButNotAddOrRemoveLayouts() throws Exception {
        assertThrows(AccessDeniedException.class, () -> reports.addLayout(alice, "mine.rptdesign", callsPerNumber("Mine")));
        assertFalse(Files.exists(folder.resolve("mine.rptdesign")));
        drop("left-by-designer", new String(callsPerNumber("Left here"), StandardCharsets.UTF_8));
        assertThrows(AccessDeniedException.class, () -> reports.removeLayout(alice, "left-by-designer"));
        assertTrue(Files.exists(folder.resolve("left-by-designer.rptdesign")));
    }
}
