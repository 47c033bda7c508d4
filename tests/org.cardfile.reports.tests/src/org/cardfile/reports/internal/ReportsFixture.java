package org.cardfile.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.security.Session;
import org.cardfile.store.reports.internal.OfficeScopedReportingDatabase;
import org.cardfile.store.testsupport.SeededCalls;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.osgi.framework.FrameworkUtil;

/**
 * The demo database with a month of calls on the Springfield (alice) and Shelbyville (rita) numbers,
 * the real BIRT engine, the layouts the report bundles ship, and a drop-in folder of the test's own.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ReportsFixture {
    static final String GAZETTE = "+12175550190";
    static final String WEBSITE = "+12175550191";
    static final String YELLOW_PAGES = "+12175550195";
    static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");
    static final Map<String, String> NOVEMBER = Map.of("from", "2026-11-01", "to", "2026-11-30");

    StoreFixture f;
    BirtEngineHost host;
    BirtReports reports;
    DropInFolderLayouts dropIns;
    BundledLayouts bundled;
    Path folder;
    Session alice;
    Session rita;
    SeededCalls calls;

    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void start() throws Exception {
        f = StoreFixture.withDemoData(kind(), "reports-" + getClass().getSimpleName());
        alice = f.signIn("alice");
        rita = f.signIn("rita");
        calls = new SeededCalls(f.inbox, T0);
        host = new BirtEngineHost();
        reports = new BirtReports(host.engine(), new OfficeScopedReportingDatabase(f.store.database().dataSource(), f.sessions,
                new org.cardfile.store.jpa.internal.ReportGrantTable(f.store, f.sessions)));
        bundled = new BundledLayouts(FrameworkUtil.getBundle(BirtReports.class).getBundleContext());
        reports.addSource(bundled);
        folder = Files.createTempDirectory("cardfile-reports");
        dropIns = new DropInFolderLayouts(folder);
        reports.addSource(dropIns);
        seed();
    }

    /** What the test class adds to the demo data. */
    abstract void seed() throws Exception;

    @AfterAll
    void stop() throws IOException {
        dropIns.close();
        bundled.close();
        host.stop();
        f.close();
    }

    long answered(String dnis, String ani, int startSecond, int ringSeconds, int talkSeconds) {
        return calls.answered(dnis, ani, startSecond, ringSeconds, talkSeconds);
    }

    long missed(String dnis, String ani, int startSecond) {
        return calls.missed(dnis, ani, startSecond);
    }

    byte[] render(Session session, String reportId, Map<String, String> parameters, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.run(session, new ReportRequest(reportId, parameters, format), out, ReportProgress.NONE);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The test callers' numbers (+1217556nnnn) in the order the text has them. */
    static List<String> callers(String text) {
        Matcher m = Pattern.compile("\\+1217556\\d{4}").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The words of one page of a document, as a browser would show them. */
    static String page(ReportDocument document, int page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.renderPage(page, out);
        return htmlText(out.toByteArray());
    }

    /** The words a browser would show, tags and entities gone, cells separated by spaces. */
    static String htmlText(byte[] html) {
        String page = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        String body = page.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ");
        return body.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&#xa0;", " ").replace("&amp;", "&").replace("&#8212;", "—")
                .replaceAll("\\s+", " ");
    }
}
