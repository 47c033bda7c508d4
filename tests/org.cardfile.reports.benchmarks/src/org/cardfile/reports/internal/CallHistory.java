package org.cardfile.reports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cardfile.store.calls.internal.CallHours;

import javax.sql.DataSource;

/**
 * A deterministic call history loaded with raw JDBC batches (the store's own intake would take hours for
 * a million calls): customers, calls spread over the office's tracking numbers and a month, one in
 * twenty opening a card, a third of those won.
 */
final class CallHistory {
    private static final int BATCH = 5_000;
    /** Above any id the demo data's calls took, so the cards can name their call before it is written. */
    private static final long FIRST_CALL_ID = 100_000_000L;

    private CallHistory() {
    }

    static List<Long> trackingNumbers(DataSource db, long officeId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT ID FROM TRACKING_NUMBER WHERE OFFICE_ID = ? ORDER BY ID")) {
            s.setLong(1, officeId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static void customers(DataSource db, long officeId, long count, long firstId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO CUSTOMER (ID, VERSION,"
                + " OFFICE_ID, CUSTOMER_NUMBER, CUSTOMER_NUMBER_KEY, FIRST_NAME, LAST_NAME, COMPANY, FIRST_NAME_KEY,"
                + " LAST_NAME_KEY, COMPANY_KEY, STREET, CITY, REGION, POSTAL_CODE, COUNTRY, NOTES, UPDATED_BY, UPDATED_AT)"
                + " VALUES (?, 1, ?, ?, ?, 'Pat', ?, '', 'PAT', ?, '', '1 Main St', 'Springfield', 'IL', '62701', 'US', '',"
                + " 'benchmark', ?)")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (long i = 0; i < count; i++) {
                String number = String.format(Locale.ROOT, "R-%07d", i);
                String last = "Caller" + i;
                s.setLong(1, firstId + i);
                s.setLong(2, officeId);
                s.setString(3, number);
                s.setString(4, number);
                s.setString(5, last);
                s.setString(6, last.toUpperCase(Locale.ROOT));
                s.setTimestamp(7, now);
                s.addBatch();
                if ((i + 1) % BATCH == 0) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
    }

    /** Calls {@code 0..count-1} in November 2026; call i's caller is customer i mod customers. */
    static void calls(DataSource db, long officeId, List<Long> numbers, long count, long customers, long firstCustomerId,
            long firstCardId) throws SQLException {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        long spread = 30L * 86_400;
        try (Connection c = db.getConnection();
                PreparedStatement call = c.prepareStatement("INSERT INTO CALL_ENTRY (ID, DRIVER, SESSION_ID, OFFICE_ID, ANI,"
                        + " ANI_VALID, DNIS, DESTINATION, STATUS, STARTED_AT, ANSWERED_AT, ENDED_AT, CALLER_NAME,"
                        + " TRACKING_NUMBER_ID, ADVERTISING_SOURCE, CARD_TEMPLATE, UNKNOWN_DNIS, MATCHED_CUSTOMER_ID,"
                        + " MATCHED_CUSTOMER_NAME, OTHER_MATCHES, EARLIER_CONTACTS, LAST_CONTACT, TAKEN_BY, DISPOSED_BY,"
                        + " RECORDING, CARD_ID) VALUES (?, 'bench', ?, ?, ?, 1, '+12175550100', 'Leasing desk', ?, ?, ?, ?, '',"
                        + " ?, 'bench', 'multihousing.guest', 0, ?, '', 0, ?, '', '', '', '', ?)");
                PreparedStatement card = c.prepareStatement("INSERT INTO CARD (ID, VERSION, OFFICE_ID, TEMPLATE_ID,"
                        + " CUSTOMER_ID, CALL_ID, TITLE, PHONE_E164, EMAIL_KEY, LAST_NAME_KEY, FIRST_NAME_KEY, STREET_KEY,"
                        + " POSTAL_CODE_KEY, TRANSFERRED_FROM, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                        + " VALUES (?, 1, ?, 'multihousing.guest', ?, ?, 'Guest card', '', '', '', '', '', '', '', ?, 'bench', ?,"
                        + " 'bench')");
                PreparedStatement outcome = c.prepareStatement(
                        "INSERT INTO CARD_VALUE (CARD_ID, FIELD_ID, FIELD_VALUE) VALUES (?, 'outcome', ?)");
                // what the cards store records when a card is saved won
                PreparedStatement won = c.prepareStatement("INSERT INTO CALL_WON (CALL_ID, CARD_ID) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            long cardId = firstCardId;
            for (long i = 0; i < count; i++) {
                long customer = i % customers;
                Timestamp started = Timestamp.from(start.plusSeconds((i * 7919) % spread));
                boolean answered = i % 4 != 0;
                long callId = FIRST_CALL_ID + i;
                call.setLong(1, callId);
                call.setString(2, "b-" + i);
                call.setLong(3, officeId);
                call.setString(4, String.format(Locale.ROOT, "+1217%07d", customer));
                call.setString(5, answered ? "COMPLETED" : "NO_ANSWER");
                call.setTimestamp(6, started);
                call.setTimestamp(7, answered ? Timestamp.from(started.toInstant().plusSeconds(3 + i % 20)) : null);
                call.setTimestamp(8, Timestamp.from(started.toInstant().plusSeconds(answered ? 60 + i % 600 : 25)));
                call.setLong(9, numbers.get((int) (i % numbers.size())));
                call.setLong(10, firstCustomerId + customer);
                call.setInt(11, i >= customers ? 1 : 0);
                if (answered && i % 20 == 1) {
                    long id = cardId++;
                    card.setLong(1, id);
                    card.setLong(2, officeId);
                    card.setLong(3, firstCustomerId + customer);
                    card.setLong(4, callId);
                    card.setTimestamp(5, started);
                    card.setTimestamp(6, started);
                    card.addBatch();
                    outcome.setLong(1, id);
                    outcome.setString(2, i % 60 == 1 ? "Leased" : "Undecided");
                    outcome.addBatch();
                    if (i % 60 == 1) {
                        won.setLong(1, callId);
                        won.setLong(2, id);
                        won.addBatch();
                    }
                    call.setLong(12, id);
                } else {
                    call.setNull(12, java.sql.Types.BIGINT);
                }
                call.addBatch();
                if ((i + 1) % BATCH == 0) {
                    card.executeBatch();
                    outcome.executeBatch();
                    call.executeBatch();
                    won.executeBatch();
                    c.commit();
                }
            }
            card.executeBatch();
            outcome.executeBatch();
            call.executeBatch();
            won.executeBatch();
            c.commit();
            // loaded around the store, so its per-hour summaries are summed afresh, as a migration would
            CallHours.rebuild(c);
            c.commit();
            // what the optimiser knows about the tables decides the plan the report gets
            for (String table : List.of("CALL_ENTRY", "CARD", "CARD_VALUE", "CUSTOMER", "CALL_HOUR", "CALLER_HOUR")) {
                try (java.sql.CallableStatement s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, null)")) {
                    s.setString(1, c.getSchema());
                    s.setString(2, table);
                    s.execute();
                }
            }
            c.commit();
        }
    }
}
