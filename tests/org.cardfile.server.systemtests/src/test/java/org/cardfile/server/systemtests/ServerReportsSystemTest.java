package org.cardfile.server.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.store.remote.Workstation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports of the cardfile-server product on PostgreSQL: a workstation runs advertising effectiveness
 * on the server (BIRT runs there, next to the data) and reads its figures, and the server's own
 * {@code cardfile-server report} writes the same report beside the running server, as a scheduled job.
 */
class ServerReportsSystemTest {
    private static final Map<String, String> MARCH = Map.of("from", "2025-03-01", "to", "2025-03-31");
    private static final Instant MARCH_3 = Instant.parse("2025-03-03T15:00:00Z");
    private final Installation installation = new Installation();

    @AfterEach
    void close() throws Exception {
        installation.close();
    }

    @Test
    void aWorkstationRunsAReportOnTheServerAndTheServersCommandLineWritesTheSameFigures() throws Exception {
        ServerProcess server = installation.server("reports", Map.of(), true);
        installation.loadDemoData();
        // March 2025, before the demo data's calls: two answered calls and one missed on the Gazette number
        Workstation pbxHost = installation.workstation("", "pbx", true);
        CallEventSink pbx = pbxHost.callEventSink();
        answered(pbx, "+12175557001", 0);
        answered(pbx, "+12175557002", 600);
        missed(pbx, "+12175557003", 1200);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (pbxHost.callEventsWaiting() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, pbxHost.callEventsWaiting(), "the server took the calls");

        Workstation desk = installation.workstation("SPR", "front-desk", false);
        Session alice = desk.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        Reports reports = desk.reports();
        assertTrue(reports.list(alice).stream().map(ReportInfo::id).toList().containsAll(List.of(
                "advertising-effectiveness", "call-activity", "contacts-by-code", "customer-information",
                "stock-and-reorder", "follow-ups")), "the server's shipped reports are listed at the workstation");
        try (ReportDocument march = reports.generate(alice, "advertising-effectiveness", MARCH, ReportProgress.NONE)) {
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            march.renderPage(1, page);
            String text = text(page.toString(StandardCharsets.UTF_8));
            assertTrue(text.contains("217-555-0190 3 2 1 3"), "calls, answered, missed, unique callers: " + text);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            march.export(ReportFormat.PDF, pdf, ReportProgress.NONE);
            assertEquals("%PDF-", new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII));
        }

        Path password = Files.writeString(installation.work().resolve("alice-password"), "cardfile");
        Path html = installation.work().resolve("march.html");
        ServerProcess.Run run = server.report(List.of("advertising-effectiveness", "--user", "alice", "--password-file",
                password.toString(), "--param", "from=2025-03-01", "--param", "to=2025-03-31", "--format", "html",
                "--out", html.toString()));
        assertEquals(0, run.exit(), run.output());
        assertTrue(text(Files.readString(html, StandardCharsets.UTF_8)).contains("217-555-0190 3 2 1 3"),
                "the command line's report has the same figures");

        ServerProcess.Run unknown = server.report(List.of("no-such-report", "--user", "alice", "--password-file",
                password.toString(), "--format", "pdf", "--out", installation.work().resolve("x.pdf").toString()));
        assertEquals(1, unknown.exit(), unknown.output());
        assertTrue(unknown.output().contains("There is no report 'no-such-report'"), unknown.output());
        assertTrue(server.countInLog("Cardfile server listening") == 1, "the server ran on beside the reports");
    }

    private static void answered(CallEventSink pbx, String ani, int second) {
        String session = UUID.randomUUID().toString();
        Instant start = MARCH_3.plusSeconds(second);
        CallEvent ring = new CallEvent("system", session, 1, ani, "+12175550190", "", CallStatus.RINGING, start, "", "");
        pbx.accept(ring);
        CallEvent answer = ring.next(CallStatus.ANSWERED, start.plusSeconds(10));
        pbx.accept(answer);
        pbx.accept(answer.next(CallStatus.COMPLETED, start.plusSeconds(130)));
    }

    private static void missed(CallEventSink pbx, String ani, int second) {
        Instant start = MARCH_3.plusSeconds(second);
        CallEvent ring = new CallEvent("system", UUID.randomUUID().toString(), 1, ani, "+12175550190", "",
                CallStatus.RINGING, start, "", "");
        pbx.accept(ring);
        pbx.accept(ring.next(CallStatus.NO_ANSWER, start.plusSeconds(25)));
    }

    /** The words a browser would show, cells separated by single spaces. */
    private static String text(String html) {
        String body = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ");
        return body.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&#xa0;", " ").replaceAll("\\s+", " ");
    }
}
