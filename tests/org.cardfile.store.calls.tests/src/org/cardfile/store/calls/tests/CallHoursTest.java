package org.cardfile.store.calls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.security.Session;
import org.cardfile.store.calls.internal.CallHours;
import org.cardfile.store.testsupport.SeededCalls;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-hour summaries the advertising report sums must say what the calls say: calls arriving event
 * by event, late events moving a call into an earlier hour, callers calling again in other hours and
 * days, a card opened from a call; for periods cut anywhere on whole hours. A rebuild from the calls
 * gives the same rows the store kept in step.
 */
class CallHoursTest {
    private static final String GAZETTE = "+12175550190";
    private static final String WEBSITE = "+12175550191";
    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");
    private StoreFixture f;
    private Session alice;

    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeEach
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "hours");
        alice = f.signIn("alice");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSummariesAddUpToTheCallsForAnyPeriodOfWholeHours() throws Exception {
        SeededCalls calls = new SeededCalls(f.inbox, MONDAY);
        String ben = "2175550142";
        String ada = "2175550143";
        String cy = "2175550144";
        calls.answered(GAZETTE, ben, 60, 5, 120);
        calls.answered(GAZETTE, ben, 600, 5, 30); // again within the hour: one caller
        calls.missed(GAZETTE, ada, 3_700);
        calls.answered(WEBSITE, ben, 3_800, 4, 60); // another number: another caller of that number
        calls.answered(GAZETTE, ben, 86_400 + 100, 3, 60); // the next day
        calls.missed(GAZETTE, cy, 2 * 86_400);
        long withCard = calls.answered(WEBSITE, cy, 2 * 86_400 + 7_300, 2, 300);
        calls.answered("+13125550199", ada, 900, 2, 10); // no tracking number: no ad to credit
        // the answer reaches the inbox before the ringing, which then moves the call into the hour before
        String late = UUID.randomUUID().toString();
        Instant answered = MONDAY.plusSeconds(7_205);
        f.inbox.accept(new CallEvent("test", late, 2, ada, GAZETTE, "", CallStatus.ANSWERED, answered, "", ""));
        f.inbox.accept(new CallEvent("test", late, 1, ada, GAZETTE, "", CallStatus.RINGING, answered.minusSeconds(20),
                "", ""));
        f.inbox.accept(new CallEvent("test", late, 3, ada, GAZETTE, "", CallStatus.COMPLETED, answered.plusSeconds(90),
                "", ""));
        f.callsStore.jdbc().transaction("open a card from the call",
                c -> f.ledger.linkCard(c, alice.officeId(), withCard, 77, 0));

        List<Instant[]> periods = new ArrayList<>();
        for (int from = -1; from <= 50; from += 1) {
            for (int hours : new int[] { 1, 2, 5, 24, 49, 80 }) {
                Instant start = MONDAY.plusSeconds(3_600L * from);
                periods.add(new Instant[] { start, start.plusSeconds(3_600L * hours) });
            }
        }
        try (Connection c = f.store.database().dataSource().getConnection()) {
            assertEquals(8, raw(c, MONDAY.minusSeconds(3_600), MONDAY.plusSeconds(80 * 3_600)).values().stream()
                    .mapToLong(Totals::calls).sum(), "the calls to tracking numbers");
            for (Instant[] p : periods) {
                assertEquals(raw(c, p[0], p[1]), summed(c, p[0], p[1]), "calls from " + p[0] + " to " + p[1]);
            }
            Map<String, List<String>> kept = rows(c);
            // the late ringing moved Ada's second Gazette call out of 10:00 into her 09:00 row
            assertEquals(6, kept.get("CALLER_HOUR").size(), "caller hours: " + kept);
            assertTrue(kept.get("CALL_HOUR").stream().noneMatch(r -> r.contains("2026-11-02 10:00")), "hours: " + kept);
            CallHours.rebuild(c);
            assertEquals(kept, rows(c), "a rebuild from the calls gives what the store kept in step");
        }
    }

    @Test
    void aLeadIsCountedWonWhileItsCardSaysLeasedOrSold() throws Exception {
        f.cardTemplates.addCustomField(f.signIn("admin"), org.cardfile.store.testsupport.GuestCardTemplate.ID,
                org.cardfile.core.cards.FieldDefinition.manual("outcome", "Outcome",
                        org.cardfile.core.cards.FieldType.TEXT));
        SeededCalls calls = new SeededCalls(f.inbox, MONDAY);
        long leased = calls.answered(GAZETTE, "2175550142", 60, 5, 120);
        long other = calls.answered(GAZETTE, "2175550143", 300, 5, 120);
        org.cardfile.core.cards.Card card = f.cards.save(alice, lead(leased, "Undecided"));
        org.cardfile.core.cards.Card otherCard = f.cards.save(alice, lead(other, "Leased"));
        try (Connection c = f.store.database().dataSource().getConnection()) {
            assertEquals(1, won(c), "only the card marked Leased is a lead won");
        }
        card = f.cards.save(alice, card.withValue("outcome", "Leased"));
        try (Connection c = f.store.database().dataSource().getConnection()) {
            assertEquals(2, won(c), "the first card, now Leased, is won too");
        }
        card = f.cards.save(alice, card.withValue("outcome", "Not leased"));
        try (Connection c = f.store.database().dataSource().getConnection()) {
            assertEquals(1, won(c), "a lease that fell through is no longer won");
            Map<String, List<String>> kept = rows(c);
            CallHours.rebuild(c);
            assertEquals(kept, rows(c), "a rebuild counts the won leads the store kept in step");
        }
        f.cards.sendToOffice(alice, otherCard.id(), f.signIn("rita").officeId(), "");
        try (Connection c = f.store.database().dataSource().getConnection()) {
            assertEquals(1, won(c), "a won card sent to another office stays won once, for the number called");
        }
    }

    private org.cardfile.core.cards.Card lead(long callId, String outcome) {
        return f.cards.forCall(alice, callId, "", java.time.ZoneId.systemDefault()).withValue("firstName", "Pat")
                .withValue("lastName", "Prospect" + callId).withValue("phone", "(217) 555-0177")
                .withValue("bedrooms", "2").withValue("outcome", outcome);
    }

    private static long won(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(WON), 0) FROM R_CALL_HOUR");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Per tracking number: calls, answered, missed, returning, cards, distinct callers. */
    record Totals(long calls, long answered, long missed, long returning, long cards, long callers) {
    }

    private static Map<Long, Totals> raw(Connection c, Instant from, Instant to) throws Exception {
        return totals(c, "SELECT TRACKING_NUMBER_ID, COUNT(*), SUM(ANSWERED), SUM(MISSED), SUM(RETURNING_CALLER),"
                + " COUNT(CARD_ID), COUNT(DISTINCT CALLER_NUMBER) FROM R_CALL WHERE TRACKING_NUMBER_ID IS NOT NULL"
                + " AND STARTED_AT >= ? AND STARTED_AT < ? GROUP BY TRACKING_NUMBER_ID", from, to);
    }

    private static Map<Long, Totals> summed(Connection c, Instant from, Instant to) throws Exception {
        return totals(c, "SELECT H.TRACKING_NUMBER_ID, H.CALLS, H.ANSWERED, H.MISSED, H.RETURNING_CALLS, H.CARDS,"
                + " (SELECT COUNT(*) FROM R_CALLER_HOUR U WHERE U.TRACKING_NUMBER_ID = H.TRACKING_NUMBER_ID"
                + " AND U.HOUR_START >= ? AND U.HOUR_START < ? AND (U.PREVIOUS_HOUR IS NULL OR U.PREVIOUS_HOUR < ?))"
                + " FROM (SELECT TRACKING_NUMBER_ID, SUM(CALLS) AS CALLS, SUM(ANSWERED) AS ANSWERED,"
                + " SUM(MISSED) AS MISSED, SUM(RETURNING_CALLS) AS RETURNING_CALLS, SUM(CARDS) AS CARDS"
                + " FROM R_CALL_HOUR WHERE HOUR_START >= ? AND HOUR_START < ? GROUP BY TRACKING_NUMBER_ID) H",
                from, to, from, from, to);
    }

    private static Map<Long, Totals> totals(Connection c, String sql, Instant... times) throws Exception {
        Map<Long, Totals> totals = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < times.length; i++) {
                s.setTimestamp(i + 1, Timestamp.from(times[i]));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    totals.put(rs.getLong(1), new Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return totals;
    }

    private static Map<String, List<String>> rows(Connection c) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : List.of("CALL_HOUR", "CALLER_HOUR")) {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table);
                    ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getObject(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }
}
