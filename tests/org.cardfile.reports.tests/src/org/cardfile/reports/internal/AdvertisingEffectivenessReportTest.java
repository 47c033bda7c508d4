package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.junit.jupiter.api.Test;

/**
 * The advertising-effectiveness report, rendered by the real engine from the shipped layout, shows per
 * tracking number the same figures SQL counts over the base tables give for the same calls and cards,
 * in PDF, HTML and Excel, and only the running user's office.
 */
class AdvertisingEffectivenessReportTest extends ReportsFixture {
    private static final String REPORT = "advertising-effectiveness";
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO_EXCLUSIVE = Instant.parse("2026-12-01T00:00:00Z");
    /** A picture the HTML carries inline, as the report engine's image handler writes it. */
    private static final Pattern INLINE_PNG = Pattern.compile("<img[^>]*\\ssrc=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @Override
    void seed() throws Exception {
        // the test template stands in for the real guest card, whose outcome field the report reads
        f.cardTemplates.addCustomField(f.signIn("admin"), org.cardfile.store.testsupport.GuestCardTemplate.ID,
                FieldDefinition.manual("outcome", "Outcome", FieldType.TEXT));
        card(answered(GAZETTE, "+12175550177", 0, 5, 10), "Leased");
        card(answered(GAZETTE, "+12175550178", 60, 3, 40), "Undecided");
        missed(GAZETTE, "+12175550179", 120);
        missed(WEBSITE, "+12175550177", 180);
        card(answered(WEBSITE, "+12175550180", 200, 4, 90), "Leased");
        answered(GAZETTE, "+12175550181", -18 * 86_400, 2, 20); // in October: outside the period
        answered(YELLOW_PAGES, "+12175550101", 240, 2, 30);
        missed(YELLOW_PAGES, "+12175550102", 300);
    }

    private void card(long callId, String outcome) {
        Card opened = f.cards.forCall(alice, callId, "", ZoneId.systemDefault());
        f.cards.save(alice, opened.withValue("firstName", "Pat").withValue("lastName", "Prospect" + callId)
                .withValue("phone", "(217) 555-0177").withValue("bedrooms", "2").withValue("outcome", outcome));
    }

    /** The figures of one tracking number's row, from the base tables, as the report formats them. */
    private String expectedRow(String e164, int days) throws SQLException {
        String where = " FROM CALL_ENTRY E JOIN TRACKING_NUMBER T ON T.ID = E.TRACKING_NUMBER_ID"
                + " WHERE T.E164 = ? AND E.STARTED_AT >= ? AND E.STARTED_AT < ?";
        long calls = count("SELECT COUNT(*)" + where, e164);
        long answered = count("SELECT COUNT(*)" + where + " AND E.ANSWERED_AT IS NOT NULL", e164);
        long missed = count("SELECT COUNT(*)" + where + " AND E.STATUS IN ('BUSY', 'NO_ANSWER', 'ABANDONED')", e164);
        long unique = count("SELECT COUNT(DISTINCT E.ANI)" + where, e164);
        long returning = count("SELECT COUNT(*)" + where + " AND E.EARLIER_CONTACTS > 0", e164);
        long cards = count("SELECT COUNT(*)" + where + " AND EXISTS (SELECT 1 FROM CARD K WHERE K.ID = E.CARD_ID)", e164);
        long won = count("SELECT COUNT(*)" + where + " AND EXISTS (SELECT 1 FROM CARD_VALUE V WHERE V.CARD_ID = E.CARD_ID"
                + " AND V.FIELD_ID = 'outcome' AND V.FIELD_VALUE IN ('Leased', 'Sold'))", e164);
        double monthly = money("SELECT MONTHLY_COST FROM TRACKING_NUMBER WHERE E164 = ?", e164);
        double period = monthly * days * 12 / 365.25;
        List<String> cells = new ArrayList<>(List.of(number(e164), "" + calls, "" + answered, "" + missed, "" + unique,
                "" + (calls - returning), "" + returning, "" + cards, "" + won, money(monthly), money(period)));
        cells.add(calls > 0 ? money(period / calls) : "");
        cells.add(cards > 0 ? money(period / cards) : "");
        return String.join(" ", cells).trim();
    }

    private static String number(String e164) {
        return e164.substring(2, 5) + "-" + e164.substring(5, 8) + "-" + e164.substring(8);
    }

    private static String money(double value) {
        return String.format(Locale.US, "%,.2f", value);
    }

    private long count(String sql, String e164) throws SQLException {
        try (Connection c = f.store.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, e164);
            s.setTimestamp(2, Timestamp.from(FROM));
            s.setTimestamp(3, Timestamp.from(TO_EXCLUSIVE));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private double money(String sql, String e164) throws SQLException {
        try (Connection c = f.store.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, e164);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    @Test
    void theSeededCallsAreWhatTheBaseTablesCount() throws Exception {
        // the comparison below is only as good as the data: pin what was seeded
        assertEquals("217-555-0190 3 2 1 3 3 0 2 1 450.00 443.53 147.84 221.77", expectedRow(GAZETTE, 30));
        assertTrue(expectedRow(WEBSITE, 30).startsWith("217-555-0191 2 1 1 2 "), expectedRow(WEBSITE, 30));
    }

    @Test
    void isListedWithItsParameters() {
        ReportInfo info = reports.describe(alice, REPORT);
        assertEquals("Advertising effectiveness", info.title());
        assertEquals("Calls and advertising", info.category());
        assertEquals("", info.problem());
        assertEquals(List.of("from", "to", "source"), info.parameters().stream().map(p -> p.name()).toList(),
                "Cardfile's own parameters (office, user) are not on the form");
        assertEquals(List.of("Resident maintenance line", "Springfield Gazette, Sunday classifieds",
                "Springfield Leasing website"), info.parameters().get(2).choices().stream().map(c -> c.label()).toList(),
                "the source list is filled from the user's own office");
        assertTrue(reports.list(alice).stream().anyMatch(r -> r.id().equals(REPORT)));
    }

    @Test
    void pdfShowsTheFiguresSqlCounts() throws Exception {
        String text = pdfText(render(alice, REPORT, NOVEMBER, ReportFormat.PDF));
        for (String number : List.of(GAZETTE, WEBSITE)) {
            String expected = expectedRow(number, 30);
            assertTrue(text.lines().anyMatch(line -> line.trim().replaceAll("\\s+", " ").equals(expected)),
                    "the PDF has the row " + expected + " in:\n" + text);
        }
        assertTrue(text.contains("Springfield Gazette, Sunday classifieds"), text);
        assertTrue(text.contains("Springfield"), "the footer names the office");
        assertFalse(text.contains("217-555-0195"), "Shelbyville's number is not in Springfield's report");
    }

    @Test
    void htmlShowsTheSameFiguresAndOnlyTheUsersOffice() throws Exception {
        String text = htmlText(render(alice, REPORT, NOVEMBER, ReportFormat.HTML));
        assertTrue(text.contains(expectedRow(GAZETTE, 30)), text);
        assertTrue(text.contains(expectedRow(WEBSITE, 30)), text);
        String shelbyville = htmlText(render(rita, REPORT, NOVEMBER, ReportFormat.HTML));
        assertTrue(shelbyville.contains("217-555-0195 2 1 1 2 2 0 0 0 275.00"), shelbyville);
        assertFalse(shelbyville.contains("217-555-0190"), shelbyville);
    }

    @Test
    void htmlHasTheCostPerLeadChartAfterTheTable() throws Exception {
        String page = new String(render(alice, REPORT, NOVEMBER, ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        Matcher img = INLINE_PNG.matcher(page);
        assertTrue(img.find(), "the page has the chart as an inline PNG");
        assertTrue(img.start() > page.indexOf("All sources"), "the chart comes after the table");
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
        assertTrue(chart != null, "the inline PNG decodes");
        assertPlausibleChart(chart.getWidth(), chart.getHeight());
        assertTrue(colours(chart) > 3, "the chart has bars, axes and labels, not a blank picture");
    }

    @Test
    void theChartSaysSoWhenNoNumberHasALead() {
        // Shelbyville's calls in November made no cards: the chart is drawn with its "no lead" message
        String page = new String(render(rita, REPORT, NOVEMBER, ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        Matcher img = INLINE_PNG.matcher(page);
        assertTrue(img.find(), "the page still has the chart");
        assertTrue(Base64.getDecoder().decode(img.group(1)).length > 0);
    }

    @Test
    void pdfHasTheCostPerLeadChartAsAnImage() throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(render(alice, REPORT, NOVEMBER, ReportFormat.PDF))) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
        }
        assertEquals(1, images.size(), "the PDF has one picture, the chart");
        assertPlausibleChart(images.get(0).getWidth(), images.get(0).getHeight());
    }

    /** The layout draws the chart 10 by 3.5 inches: wide, a few hundred pixels at any resolution. */
    private static void assertPlausibleChart(int width, int height) {
        assertTrue(width >= 400 && width <= 4000 && height >= 100 && height <= 2000, width + " x " + height);
        assertTrue(width > 2 * height, "as wide as the page, not as tall: " + width + " x " + height);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void oneSourceOnlyWhenAsked() {
        java.util.Map<String, String> p = new java.util.HashMap<>(NOVEMBER);
        p.put("source", "Springfield Leasing website");
        String text = htmlText(render(alice, REPORT, p, ReportFormat.HTML));
        assertTrue(text.contains("217-555-0191 2 "), text);
        assertFalse(text.contains("217-555-0190"), text);
    }

    @Test
    void excelHasTheFiguresAsNumbers() throws Exception {
        byte[] xlsx = render(alice, REPORT, NOVEMBER, ReportFormat.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row gazette = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("217-555-0190")) {
                        gazette = row;
                    }
                }
            }
            assertTrue(gazette != null, "the workbook has the Gazette's row");
            List<Double> numbers = new ArrayList<>();
            for (Cell cell : gazette) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
            assertEquals(List.of(3.0, 2.0, 1.0, 3.0, 3.0, 0.0, 2.0, 1.0, 450.0), numbers.subList(0, 9));
            assertEquals(443.53, numbers.get(9), 0.005);
        }
    }
}
