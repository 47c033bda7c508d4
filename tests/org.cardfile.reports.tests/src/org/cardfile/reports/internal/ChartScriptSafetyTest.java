package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.UUID;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A chart keeps its script inside its model, a document of its own in the layout: a chart script
 * reaching for Java, or naming a Java handler class, is refused before it runs, and one that hides its
 * reach runs without Java. The layouts are the shipped advertising report with a chart script added,
 * on data whose chart has bars, so the script is known to run (the control).
 */
class ChartScriptSafetyTest extends ReportsFixture {
    private static final String AFTER = "<SubType>Stacked</SubType>";

    private String shipped;

    @Override
    void seed() throws Exception {
        f.cardTemplates.addCustomField(f.signIn("admin"), org.cardfile.store.testsupport.GuestCardTemplate.ID,
                FieldDefinition.manual("outcome", "Outcome", FieldType.TEXT));
        long callId = answered(GAZETTE, "+12175550177", 0, 5, 10);
        Card opened = f.cards.forCall(alice, callId, "", ZoneId.systemDefault());
        f.cards.save(alice, opened.withValue("firstName", "Pat").withValue("lastName", "Prospect")
                .withValue("phone", "(217) 555-0177").withValue("bedrooms", "2").withValue("outcome", "Leased"));
        Bundle calls = java.util.Arrays.stream(FrameworkUtil.getBundle(BirtReports.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.cardfile.reports.calls")).findFirst().orElseThrow();
        try (InputStream in = calls.getEntry("reports/advertising-effectiveness.rptdesign").openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(shipped.contains(AFTER), "the shipped chart is where the test adds its script");
    }

    private ReportInfo dropWithChartScript(String id, String script) throws Exception {
        Files.writeString(folder.resolve(id + ".rptdesign"), shipped.replace(AFTER, AFTER + "<Script>" + script + "</Script>"),
                StandardCharsets.UTF_8);
        return reports.list(alice).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    @Test
    void aChartScriptRunsWhenTheReportRuns() throws Exception {
        ReportInfo control = dropWithChartScript("chart-control",
                "function beforeGeneration(chart, context) { throw 'the chart script ran'; }");
        assertEquals("", control.problem());
        ReportException ran = assertThrows(ReportException.class,
                () -> render(alice, "chart-control", NOVEMBER, ReportFormat.HTML));
        assertTrue(ran.getMessage().contains("the chart script ran"), ran.getMessage());
    }

    @Test
    void aChartScriptReachingForJavaOrNamingAJavaHandlerIsRefusedBeforeItRuns() throws Exception {
        ReportInfo reach = dropWithChartScript("chart-java",
                "function beforeGeneration(chart, context) { java.lang.System.exit(3); }");
        assertTrue(reach.problem().contains("a script in the chart") && reach.problem().contains("reaches for Java"),
                reach.problem());
        ReportInfo handler = dropWithChartScript("chart-handler", "org.example.ChartHandler");
        assertTrue(handler.problem().contains("names the Java event handler org.example.ChartHandler"), handler.problem());
        assertThrows(ReportException.class, () -> render(alice, "chart-java", NOVEMBER, ReportFormat.HTML));
    }

    @Test
    void aChartScriptHidingItsReachForJavaStillGetsNoJava() throws Exception {
        Path marker = Files.createTempDirectory("chart-script").resolve("written-" + UUID.randomUUID() + ".txt");
        ReportInfo hidden = dropWithChartScript("chart-hidden", "function beforeGeneration(chart, context) {"
                + " var p = eval('Pack' + 'ages'); var file = new (p['ja' + 'va']['io']['File'])('" + marker + "');"
                + " file.createNewFile(); }");
        assertEquals("", hidden.problem(), "the scan cannot see through string arithmetic");
        try {
            render(alice, "chart-hidden", NOVEMBER, ReportFormat.HTML);
        } catch (ReportException refused) {
            // refusing to run is as good as running without Java
        }
        assertFalse(Files.exists(marker), "the chart script wrote a file through Java");
    }
}
