package org.cardfile.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.security.Session;
import org.junit.jupiter.api.Test;

/**
 * Every shipped report runs from the demo data to PDF and HTML, and the figures it prints are the ones
 * SQL over the base tables gives for the running user's office.
 */
class ShippedReportsTest extends ReportsFixture {
    private static final List<String> SHIPPED = List.of("advertising-effectiveness", "call-activity", "contacts-by-code",
            "customer-information", "follow-ups", "stock-and-reorder");

    @Override
    void seed() {
        answered(GAZETTE, "+12175550177", 0, 5, 10);
        answered(GAZETTE, "+12175550178", 60, 3, 40);
        missed(GAZETTE, "+12175550179", 120);
        missed(WEBSITE, "+12175550177", 180);
        long shelbyvilleCall = answered(YELLOW_PAGES, "+12175550101", 240, 2, 30);
        // follow-ups of the test's own, around the report's "as of" of 1 December 2026
        // on a September call, so November's call figures stay as the other tests pin them
        reminders(alice, answered(GAZETTE, "+12175550182", -60 * 86_400, 2, 30), List.of(
                reminder("Call back about the two-bedroom", "2026-11-20T15:00:00Z", false),
                reminder("Send the pet policy", "2026-11-25T15:00:00Z", false),
                reminder("Confirm the viewing", "2026-12-10T15:00:00Z", false),
                reminder("Already called back", "2026-11-21T15:00:00Z", true),
                reminder("Next spring's renewal", "2027-04-01T15:00:00Z", false)));
        reminders(rita, shelbyvilleCall, List.of(reminder("Shelbyville's own follow-up", "2026-11-22T15:00:00Z", false)));
    }

    private static CardReminder reminder(String title, String due, boolean done) {
        return new CardReminder(0, ReminderKind.FOLLOW_UP, title, Instant.parse(due), 0, 0, "", done);
    }

    private void reminders(Session rep, long callId, List<CardReminder> due) {
        // the test's guest card in both offices: the fixture installs no repair template for Shelbyville
        Card card = f.cards.forCall(rep, callId, org.cardfile.store.testsupport.GuestCardTemplate.ID, ZoneId.systemDefault());
        f.cards.save(rep, card.withValue("firstName", "Pat").withValue("lastName", "Prospect" + callId)
                .withValue("phone", "(217) 555-0177").withValue("bedrooms", "2").withReminders(due));
    }

    private List<Object> row(String sql, Object... args) throws SQLException {
        try (Connection c = f.store.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<Object> row = new ArrayList<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                }
                return row;
            }
        }
    }

    private long count(String sql, Object... args) throws SQLException {
        return ((Number) row(sql, args).get(0)).longValue();
    }

    private String bothFormats(String id, Map<String, String> parameters) throws Exception {
        String pdf = pdfText(render(alice, id, parameters, ReportFormat.PDF)).replaceAll("\\s+", " ");
        String html = htmlText(render(alice, id, parameters, ReportFormat.HTML));
        for (String word : List.of("Springfield", alice.employee().displayName())) {
            assertTrue(pdf.contains(word), id + " PDF names " + word + ": " + pdf);
        }
        return pdf + "\n" + html;
    }

    @Test
    void everyShippedReportIsListedAndRunnable() {
        List<ReportInfo> listed = reports.list(alice);
        for (String id : SHIPPED) {
            ReportInfo info = listed.stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " is not listed: " + listed));
            assertEquals("", info.problem(), id);
        }
    }

    @Test
    void stockAndReorderListsTheProductsAtTheirReorderPointWithTheirValue() throws Exception {
        long spr = alice.officeId();
        long atPoint = count("SELECT COUNT(*) FROM PRODUCT WHERE OFFICE_ID = ? AND STOCK_ON_HAND <= REORDER_POINT", spr);
        double value = ((Number) row("SELECT COALESCE(SUM(PRICE * STOCK_ON_HAND), 0) FROM PRODUCT WHERE OFFICE_ID = ?"
                + " AND STOCK_ON_HAND <= REORDER_POINT", spr).get(0)).doubleValue();
        assertTrue(atPoint > 0, "the demo data has products to reorder");
        String text = bothFormats("stock-and-reorder", Map.of());
        assertTrue(text.contains("Total " + atPoint + " " + money(value)), "total " + atPoint + " " + money(value) + ": " + text);
        String sku = (String) row("SELECT MIN(SKU) FROM PRODUCT WHERE OFFICE_ID = ? AND STOCK_ON_HAND <= REORDER_POINT", spr).get(0);
        assertTrue(text.contains(sku), text);
        long all = count("SELECT COUNT(*) FROM PRODUCT WHERE OFFICE_ID = ?", spr);
        double allValue = ((Number) row("SELECT COALESCE(SUM(PRICE * STOCK_ON_HAND), 0) FROM PRODUCT WHERE OFFICE_ID = ?", spr)
                .get(0)).doubleValue();
        String everything = htmlText(render(alice, "stock-and-reorder", Map.of("onlyReorder", "false"), ReportFormat.HTML));
        assertTrue(everything.contains("Total " + all + " " + money(allValue)), everything);
    }

    @Test
    void callActivityCountsTheCallsSqlCounts() throws Exception {
        long spr = alice.officeId();
        Timestamp from = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        Timestamp to = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
        String period = " FROM CALL_ENTRY WHERE OFFICE_ID = ? AND STARTED_AT >= ? AND STARTED_AT < ?";
        long calls = count("SELECT COUNT(*)" + period, spr, from, to);
        long answered = count("SELECT COUNT(*)" + period + " AND ANSWERED_AT IS NOT NULL", spr, from, to);
        long missed = count("SELECT COUNT(*)" + period + " AND STATUS IN ('BUSY', 'NO_ANSWER', 'ABANDONED')", spr, from, to);
        assertEquals(List.of(4L, 2L, 2L), List.of(calls, answered, missed));
        String text = bothFormats("call-activity", NOVEMBER);
        String totals = "Total " + calls + " " + answered + " " + missed + " "
                + String.format(Locale.US, "%.1f%%", 100.0 * answered / calls) + " 4.0 25.0";
        assertTrue(text.contains(totals), totals + " in " + text);
        long unanswered = count("SELECT COUNT(*)" + period + " AND STATUS IN ('BUSY', 'NO_ANSWER', 'ABANDONED')"
                + " AND DISPOSITION IS NULL", spr, from, to);
        assertTrue(text.contains("Missed calls without a disposition"), text);
        assertTrue(text.contains("+12175550179"), text);
        assertTrue(text.matches("(?s).*Total " + unanswered + " .*"), text);
        assertFalse(text.contains("+12175550101"), "Shelbyville's caller is not in Springfield's report");
    }

    @Test
    void contactsByCodeCountsTheLoggedContacts() throws Exception {
        long spr = alice.officeId();
        long contacts = count("SELECT COUNT(*) FROM INTERACTION WHERE OFFICE_ID = ?", spr);
        String text = bothFormats("contacts-by-code", Map.of("from", "2000-01-01", "to", "2099-12-31"));
        assertTrue(text.contains("Total " + contacts), "Total " + contacts + " in " + text);
    }

    @Test
    void theCustomerPageShowsOneCustomersRecord() throws Exception {
        long spr = alice.officeId();
        List<Object> customer = row("SELECT MIN(ID) FROM CUSTOMER WHERE OFFICE_ID = ?", spr);
        long id = ((Number) customer.get(0)).longValue();
        List<Object> name = row("SELECT FIRST_NAME, LAST_NAME FROM CUSTOMER WHERE ID = ?", id);
        long purchases = count("SELECT COUNT(*) FROM PURCHASE WHERE CUSTOMER_ID = ?", id);
        String text = bothFormats("customer-information", Map.of("customerId", Long.toString(id)));
        assertTrue(text.contains(name.get(0) + " " + name.get(1)), text);
        assertTrue(text.contains("Purchases"), text);
        assertTrue(text.contains("Total " + purchases), text);

        long shelbyvilles = ((Number) row("SELECT MIN(ID) FROM CUSTOMER WHERE OFFICE_ID = ?", rita.officeId()).get(0)).longValue();
        List<Object> other = row("SELECT LAST_NAME FROM CUSTOMER WHERE ID = ?", shelbyvilles);
        String none = htmlText(render(alice, "customer-information", Map.of("customerId", Long.toString(shelbyvilles)),
                ReportFormat.HTML));
        assertFalse(none.contains((String) other.get(0)), "another office's customer is not shown: " + none);
    }

    @Test
    void followUpsListsTheOpenOnesDueInTheWindowPerRep() throws Exception {
        long spr = alice.officeId();
        // as of 1 December with 30 days ahead: open follow-ups due before 31 December, overdue or not
        Timestamp until = Timestamp.valueOf("2026-12-31 00:00:00");
        long open = count("SELECT COUNT(*) FROM CARD_REMINDER WHERE OFFICE_ID = ? AND DONE = 0 AND DUE_AT < ?", spr, until);
        assertTrue(open >= 3, "the test's three open follow-ups in the window are counted: " + open);
        String text = bothFormats("follow-ups", Map.of("asOf", "2026-12-01T00:00", "daysAhead", "30"));
        assertTrue(text.contains("Total " + open), "Total " + open + " in " + text);
        for (String shown : List.of("Call back about the two-bedroom", "Send the pet policy", "Confirm the viewing")) {
            assertTrue(text.contains(shown), shown + " is listed: " + text);
        }
        for (String hidden : List.of("Already called back", "Next spring's renewal", "Shelbyville's own follow-up")) {
            assertFalse(text.contains(hidden), "done, later or another office's: " + hidden + " is not listed");
        }
    }

    private static String money(double value) {
        return String.format(Locale.US, "%,.2f", value);
    }
}
