package org.cardfile.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.security.Session;
import org.cardfile.store.reports.internal.OfficeScopedReportingDatabase;
import org.cardfile.store.testsupport.StoreFixture;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;

/**
 * Advertising effectiveness over a large call history to PDF, beside the SQL aggregate the report runs
 * (its own query, on the same office-scoped connection), in the same run: the report's cost over the
 * query's is what BIRT adds. Also the heap the run needed. Not a test: run with
 * {@code releng/scripts/cardfile benchmark}.
 */
class AdvertisingEffectivenessBenchmark {
    private static final int RUNS = 5;

    @Test
    void reportBesideItsQuery() throws Exception {
        long calls = Long.getLong("cardfile.bench.calls", 1_000_000);
        long customers = Long.getLong("cardfile.bench.customers", 200_000);
        try (StoreFixture f = StoreFixture.withDemoData("report-benchmark")) {
            Session alice = f.signIn("alice");
            var db = f.store.database().dataSource();
            long loadStart = System.nanoTime();
            CallHistory.customers(db, alice.officeId(), customers, 10_000_000L);
            CallHistory.calls(db, alice.officeId(), CallHistory.trackingNumbers(db, alice.officeId()), calls, customers,
                    10_000_000L, 50_000_000L);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            BirtEngineHost host = new BirtEngineHost();
            OfficeScopedReportingDatabase reporting = new OfficeScopedReportingDatabase(db, f.sessions,
                new org.cardfile.store.jpa.internal.ReportGrantTable(f.store, f.sessions));
            BirtReports reports = new BirtReports(host.engine(), reporting);
            BundledLayouts bundled = new BundledLayouts(FrameworkUtil.getBundle(BirtReports.class).getBundleContext());
            reports.addSource(bundled);
            String query = layoutQuery(bundled);
            Map<String, String> november = Map.of("from", "2026-11-01", "to", "2026-11-30");

            List<Double> sql = new ArrayList<>();
            List<Double> pdf = new ArrayList<>();
            long peak = 0;
            int pdfBytes = 0;
            for (int run = 0; run < RUNS; run++) {
                long t0 = System.nanoTime();
                long rows = aggregate(reporting, alice, query);
                sql.add((System.nanoTime() - t0) / 1e9);
                System.gc();
                resetPeaks();
                long before = heapUsed();
                CountingStream out = new CountingStream();
                long t1 = System.nanoTime();
                reports.run(alice, new ReportRequest("advertising-effectiveness", november, ReportFormat.PDF), out,
                        ReportProgress.NONE);
                pdf.add((System.nanoTime() - t1) / 1e9);
                peak = Math.max(peak, peakHeap() - before);
                pdfBytes = (int) out.count;
                if (rows == 0) {
                    throw new AssertionError("the aggregate found no rows: the benchmark measured nothing");
                }
            }
            double sqlMedian = median(sql);
            double pdfMedian = median(pdf);
            String result = String.format(Locale.ROOT, """
                    Advertising effectiveness benchmark (Derby embedded, %,d calls, %,d customers; loaded in %.1f s)
                      SQL aggregate the report runs (median of %d): %.3f s
                      report to PDF (median of %d):                %.3f s   (%.2f x the SQL; %,d bytes)
                      heap the report run needed above the idle heap (peak): %,d MB
                      runs: sql %s, pdf %s
                    """, calls, customers, loadSeconds, RUNS, sqlMedian, RUNS, pdfMedian, pdfMedian / sqlMedian, pdfBytes,
                    peak / 1024 / 1024, sql, pdf);
            System.out.println(result);
            Files.writeString(Path.of("target", "report-benchmark.txt"), result);
            bundled.close();
            host.stop();
        }
    }

    private static String layoutQuery(BundledLayouts bundled) throws Exception {
        var layout = bundled.layouts().stream().filter(l -> l.id().equals("advertising-effectiveness")).findFirst()
                .orElseThrow();
        try (var in = layout.location().toURL().openStream()) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            var sets = doc.getElementsByTagName("oda-data-set");
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                if (set.getAttribute("name").equals("Effectiveness")) {
                    var props = set.getElementsByTagName("property");
                    for (int j = 0; j < props.getLength(); j++) {
                        Element p = (Element) props.item(j);
                        if (p.getAttribute("name").equals("queryText")) {
                            return p.getTextContent();
                        }
                    }
                }
            }
        }
        throw new AssertionError("the layout has no Effectiveness query");
    }

    private static long aggregate(OfficeScopedReportingDatabase reporting, Session session, String query) throws Exception {
        try (Connection c = reporting.open(session); PreparedStatement s = c.prepareStatement(query)) {
            Timestamp from = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
            Timestamp to = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
            // the layout's parameters in order: hours, callers (and new-since), then the source twice
            Object[] parameters = { from, to, from, to, from, "", "" };
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            long rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows += rs.getLong("CALLS") > 0 ? 1 : 0;
                }
            }
            return rows;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Output that is counted, not kept: the PDF's size without holding it in the heap being measured. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
