package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.server.CardfileServer;
import org.cardfile.server.ServerSettings;
import org.cardfile.server.ServiceDirectory;
import org.cardfile.server.testsupport.TlsFiles;
import org.cardfile.store.jpa.internal.JpaOfficeDirectory;
import org.cardfile.store.remote.RemoteSettings;
import org.cardfile.store.remote.Workstation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports in networked mode: a Cardfile server over real HTTPS on loopback runs them on its own
 * database with the real BIRT engine, and workstations page, export and stop them, and see layouts
 * an admin adds on the server pushed to them.
 */
class NetworkedReportsTest extends ReportsFixture {
    private static final String EVERY_CALL = "every-call";
    private static final int CALLS = 130;

    private Path dir;
    private TlsFiles tls;
    private CardfileServer server;
    private final List<Workstation> opened = new ArrayList<>();

    @Override
    void seed() throws Exception {
        for (int i = 0; i < CALLS; i++) {
            missed(GAZETTE, "+1217556%04d".formatted(i), 10 * i);
        }
        Files.writeString(folder.resolve(EVERY_CALL + ".rptdesign"), TestLayouts.table("Every call",
                "SELECT CALLER_NUMBER FROM R_CALL WHERE CALLER_NUMBER LIKE '+1217556%' ORDER BY CALLER_NUMBER",
                List.of("CALLER_NUMBER"), "Every call"), StandardCharsets.UTF_8);
        dir = Files.createTempDirectory("cardfile-networked-reports");
        tls = TlsFiles.make(dir.resolve("tls"));
        StringBuilder problem = new StringBuilder();
        Map<String, String> config = Map.of(ServerSettings.PREFIX + "port", "0", ServerSettings.PREFIX + "address",
                "127.0.0.1", ServerSettings.PREFIX + "keystore", tls.keystore.toString(),
                ServerSettings.PREFIX + "keystorePasswordFile", tls.passwordFile.toString());
        ServerSettings settings = ServerSettings.from(config::get, problem).orElseThrow(() -> new AssertionError(problem));
        ServiceDirectory services = ServiceDirectory.of(Map.of(Reports.class, reports, AuthenticationService.class, f.auth));
        server = new CardfileServer(settings, services, new JpaOfficeDirectory(f.store)).start();
        // as the server's component does: layout changes go out to the workstations
        reports.addListener(server::reportsChanged);
    }

    @AfterEach
    void closeWorkstations() {
        opened.forEach(Workstation::close);
        opened.clear();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    private Workstation desk(String office, String name) throws Exception {
        StringBuilder problem = new StringBuilder();
        Map<String, String> config = new HashMap<>(Map.of(RemoteSettings.PREFIX + "url", "https://127.0.0.1:" + server.port(),
                RemoteSettings.PREFIX + "truststore", tls.truststore.toString(),
                RemoteSettings.PREFIX + "truststorePasswordFile", tls.passwordFile.toString(),
                RemoteSettings.PREFIX + "office", office, RemoteSettings.PREFIX + "name", name,
                RemoteSettings.PREFIX + "outbox", dir.resolve("outbox-" + name).toString()));
        Workstation w = Workstation.connect(RemoteSettings.from(config::get, dir, problem)
                .orElseThrow(() -> new AssertionError(problem)));
        opened.add(w);
        return w;
    }

    private static Session signIn(Workstation desk, String login) {
        return desk.service(AuthenticationService.class).signIn(login, "cardfile".toCharArray());
    }

    @Test
    void aRepRunsAReportOnTheServerPagesThroughItAndExportsWhatSheSaw() throws Exception {
        Workstation desk = desk("SPR", "front-desk");
        Session alice = signIn(desk, "alice");
        Reports remote = desk.reports();
        List<String> ids = remote.list(alice).stream().map(ReportInfo::id).toList();
        assertTrue(ids.containsAll(List.of("advertising-effectiveness", "call-activity", EVERY_CALL)),
                "the server's shipped and dropped-in layouts are listed at the workstation: " + ids);
        assertEquals("Every call", remote.describe(alice, EVERY_CALL).title());

        List<String> steps = new ArrayList<>();
        ReportProgress recording = new ReportProgress() {
            @Override
            public void step(String what) {
                steps.add(what);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        try (ReportDocument here = remote.generate(alice, EVERY_CALL, Map.of(), recording);
                ReportDocument there = reports.generate(alice, EVERY_CALL, Map.of(), ReportProgress.NONE)) {
            assertTrue(steps.contains("Running Every call"), "the server's steps reach the workstation: " + steps);
            assertEquals(there.pageCount(), here.pageCount(), "the same pages as on the server");
            assertTrue(here.pageCount() >= 2);
            List<String> seen = new ArrayList<>();
            for (int p = 1; p <= here.pageCount(); p++) {
                String text = page(here, p);
                assertEquals(page(there, p), text, "page " + p + " reads the same at the workstation");
                seen.addAll(callers(text));
            }
            assertEquals(CALLS, seen.size(), "every call once, on one page");
            assertEquals(Long.toString(alice.officeId()), here.parameters().get(CardfileParameters.OFFICE_ID));

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            here.export(ReportFormat.PDF, pdf, ReportProgress.NONE);
            assertEquals(CALLS, callers(pdfText(pdf.toByteArray())).stream().distinct().count(),
                    "the PDF the workstation receives holds every row");
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            here.export(ReportFormat.XLSX, xlsx, ReportProgress.NONE);
            assertEquals("PK", new String(xlsx.toByteArray(), 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip");

            here.close();
            ReportException closed = assertThrows(ReportException.class, () -> page(here, 1));
            assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        }

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        remote.run(alice, new ReportRequest(EVERY_CALL, Map.of(), ReportFormat.PDF), streamed, ReportProgress.NONE);
        assertEquals(CALLS, callers(pdfText(streamed.toByteArray())).stream().distinct().count(),
                "a report run straight to a file comes whole from the server");
    }

    @Test
    void aFailingRunSaysWhyAtTheWorkstationInTheServersWords() throws Exception {
        Workstation desk = desk("SPR", "front-desk");
        Session alice = signIn(desk, "alice");
        Map<String, String> bad = Map.of("from", "the first of November", "to", "2026-11-30");
        ReportException local = assertThrows(ReportException.class,
                () -> reports.generate(alice, "advertising-effectiveness", bad, ReportProgress.NONE));
        ReportException remote = assertThrows(ReportException.class,
                () -> desk.reports().generate(alice, "advertising-effectiveness", bad, ReportProgress.NONE));
        assertEquals(local.getMessage(), remote.getMessage());
        ReportException unknown = assertThrows(ReportException.class, () -> desk.reports().describe(alice, "no/such report"));
        assertTrue(unknown.getMessage().contains("no/such report"), unknown.getMessage());
    }

    @Test
    void eachOfficeSeesItsOwnRowsAndOnlyAdminsChangeLayouts() throws Exception {
        Workstation shelbyville = desk("SHV", "shv-desk");
        Session rita = signIn(shelbyville, "rita");
        try (ReportDocument hers = shelbyville.reports().generate(rita, EVERY_CALL, Map.of(), ReportProgress.NONE)) {
            assertTrue(callers(page(hers, 1)).isEmpty(), "Shelbyville's run sees none of Springfield's calls");
        }
        Workstation desk = desk("SPR", "front-desk");
        Session alice = signIn(desk, "alice");
        assertThrows(AccessDeniedException.class,
                () -> desk.reports().addLayout(alice, "mine.rptdesign", TestLayouts.table("Mine",
                        "SELECT OFFICE_NAME FROM R_OFFICE", List.of("OFFICE_NAME"), "x").getBytes(StandardCharsets.UTF_8)));
        assertThrows(AccessDeniedException.class, () -> desk.reports().removeLayout(alice, EVERY_CALL));
        Session forged = new Session("not-a-session", alice.employee(), alice.office(), alice.signedInAt());
        assertThrows(AuthenticationException.class, () -> desk.reports().list(forged),
                "a made-up sign-in is refused by the server");
        assertThrows(AccessDeniedException.class, () -> desk.reports().list(rita),
                "a Shelbyville session is refused at a Springfield workstation");
    }

    @Test
    void anAdminAddsALayoutOnTheServerAndTheOtherWorkstationsAreToldAtOnce() throws Exception {
        Workstation front = desk("SPR", "front-desk");
        Session alice = signIn(front, "alice");
        front.listen(message -> {
        });
        CountDownLatch relisted = new CountDownLatch(1);
        front.reports().addListener(relisted::countDown);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!front.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(front.listening(), "the front desk's push channel opened");

        Workstation back = desk("SPR", "back-office");
        Session admin = signIn(back, "admin");
        byte[] design = TestLayouts.table("Springfield callers", "SELECT CALLER_NUMBER FROM R_CALL ORDER BY CALLER_NUMBER",
                List.of("CALLER_NUMBER"), "Springfield callers").getBytes(StandardCharsets.UTF_8);
        ReportInfo added = back.reports().addLayout(admin, "spr-callers.rptdesign", design);
        assertEquals("spr-callers", added.id());
        assertTrue(added.removable());
        assertTrue(Files.exists(folder.resolve("spr-callers.rptdesign")), "written to the server's reports folder");
        assertTrue(relisted.await(20, TimeUnit.SECONDS), "the other workstation was told the layouts changed");
        assertTrue(front.reports().list(alice).stream().anyMatch(r -> r.id().equals("spr-callers")));

        ReportException broken = assertThrows(ReportException.class,
                () -> back.reports().addLayout(admin, "half.rptdesign", "<report".getBytes(StandardCharsets.UTF_8)));
        assertFalse(broken.getMessage().isBlank());
        assertFalse(Files.exists(folder.resolve("half.rptdesign")), "a refused layout is not written on the server");

        back.reports().removeLayout(admin, "spr-callers");
        assertFalse(Files.exists(folder.resolve("spr-callers.rptdesign")));
        assertFalse(front.reports().list(alice).stream().anyMatch(r -> r.id().equals("spr-callers")));
    }

    @Test
    void stoppingARunAtTheWorkstationEndsItThere() throws Exception {
        Workstation desk = desk("SPR", "front-desk");
        Session alice = signIn(desk, "alice");
        AtomicBoolean stop = new AtomicBoolean();
        ReportProgress stopAtFirstStep = new ReportProgress() {
            @Override
            public void step(String what) {
                stop.set(true);
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        assertThrows(ReportCancelledException.class,
                () -> desk.reports().generate(alice, EVERY_CALL, Map.of(), stopAtFirstStep));
        try (ReportDocument again = desk.reports().generate(alice, EVERY_CALL, Map.of(), ReportProgress.NONE)) {
            assertTrue(again.pageCount() >= 2, "the next run works as before");
        }
    }
}
