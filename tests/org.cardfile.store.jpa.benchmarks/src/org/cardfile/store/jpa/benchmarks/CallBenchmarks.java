package org.cardfile.store.jpa.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

import javax.sql.DataSource;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.store.calls.internal.CallBroadcaster;
import org.cardfile.store.calls.internal.CallInbox;
import org.cardfile.store.calls.internal.CallerCrossReference;
import org.cardfile.store.calls.internal.CallsStore;
import org.cardfile.store.jpa.foundation.JpaStore;

/**
 * The incoming-call paths on the benchmark's customers: caller cross-reference with millions of
 * interactions beside the same questions asked in raw JDBC, and the durable inbox's ingest rate
 * beside a raw JDBC batch insert of the same rows into the same database.
 */
final class CallBenchmarks {
    private static final int SAMPLES = 5_000;
    private static final int WARMUP = 500;
    private static final int INGEST = 20_000;

    private final JpaStore store;
    private final CallsStore calls;
    private final long officeId;
    private final long customers;
    private final Report report;

    CallBenchmarks(JpaStore store, long officeId, long customers, Report report) {
        this.store = store;
        // the call tables are the calls capability's: brought up before anything is measured on them
        this.calls = new CallsStore(store);
        this.officeId = officeId;
        this.customers = customers;
        this.report = report;
    }

    /** Interactions for the customers loaded by {@link Population#insertRaw}, spread evenly. */
    long insertInteractions(long count, long firstId) throws SQLException {
        DataSource db = store.database().dataSource();
        String[] channels = { "CALL", "EMAIL", "WEB_FORM", "WALK_IN" };
        long start = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO INTERACTION (ID, CUSTOMER_ID, OFFICE_ID, CHANNEL,"
                    + " DIRECTION, OCCURRED_AT, EMPLOYEE_ID, EMPLOYEE_NAME, PROBLEM_CODE, SOLUTION_CODE, NOTES)"
                    + " VALUES (?, ?, ?, ?, 'INBOUND', ?, 1, 'Benchmark Rep', 'P01', 'S01', '')")) {
                long base = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
                for (long i = 0; i < count; i++) {
                    s.setLong(1, firstId + i);
                    s.setLong(2, customerId(i % customers));
                    s.setLong(3, officeId);
                    s.setString(4, channels[(int) (i % channels.length)]);
                    s.setTimestamp(5, new Timestamp(base + i * 7_919));
                    s.addBatch();
                    if ((i + 1) % 1_000 == 0) {
                        s.executeBatch();
                    }
                    if ((i + 1) % 50_000 == 0) {
                        c.commit();
                    }
                }
                s.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE ID_SEQUENCE SET SEQ_COUNT = " + (firstId + count + 1000)
                        + " WHERE SEQ_NAME = 'ID' AND SEQ_COUNT < " + (firstId + count + 1000));
            }
            c.commit();
        }
        report.note(String.format(java.util.Locale.ROOT, "Loaded %d interactions by raw JDBC batch insert in %.1f s.",
                count, (System.nanoTime() - start) / 1e9));
        return count;
    }

    private static long customerId(long i) {
        // Population.insertRaw numbers customer i's rows from 10,000,000, three ids a customer
        return 10_000_000 + 3 * i;
    }

    void crossReference(long interactions) throws SQLException {
        Random random = new Random(11);
        Latencies ours = new Latencies("CallerCrossReference.lookUp (customer, contact count and last contact, earlier calls)");
        Latencies raw = new Latencies("raw JDBC, indexed: customer by phone, count and latest interaction");
        CallerCrossReference crossReference = new CallerCrossReference();
        try (Connection c = store.database().dataSource().getConnection();
                PreparedStatement byPhone = c.prepareStatement("SELECT p.CUSTOMER_ID, c.FIRST_NAME, c.LAST_NAME FROM"
                        + " CUSTOMER_PHONE p JOIN CUSTOMER c ON c.ID = p.CUSTOMER_ID WHERE p.OFFICE_ID = ? AND p.E164 = ?");
                PreparedStatement contacts = c.prepareStatement("SELECT COUNT(*), MAX(OCCURRED_AT) FROM INTERACTION"
                        + " WHERE CUSTOMER_ID = ?")) {
            for (int round = 0; round < WARMUP + SAMPLES; round++) {
                String e164 = Population.person((long) (random.nextDouble() * customers)).e164();
                long t0 = System.nanoTime();
                var history = crossReference.lookUp(c, officeId, e164, 0);
                long t1 = System.nanoTime();
                long found = rawCrossReference(byPhone, contacts, e164);
                long t2 = System.nanoTime();
                if (history.customerId() == 0 || found != history.customerId()) {
                    throw new IllegalStateException("cross-reference of " + e164 + ": " + history + " / raw " + found);
                }
                if (round >= WARMUP) {
                    ours.add(t1 - t0);
                    raw.add(t2 - t1);
                }
            }
        }
        report.latencyTable("Caller cross-reference on " + customers + " customers and " + interactions
                + " interactions", ours, raw);
    }

    private long rawCrossReference(PreparedStatement byPhone, PreparedStatement contacts, String e164)
            throws SQLException {
        byPhone.setLong(1, officeId);
        byPhone.setString(2, e164);
        long id = 0;
        try (ResultSet rs = byPhone.executeQuery()) {
            if (rs.next()) {
                id = rs.getLong(1);
                rs.getString(2);
            }
        }
        contacts.setLong(1, id);
        try (ResultSet rs = contacts.executeQuery()) {
            rs.next();
            rs.getLong(1);
            rs.getTimestamp(2);
        }
        return id;
    }

    /** The inbox's whole durable path per event beside raw batched inserts of the same rows. */
    void durableIngest() throws SQLException {
        CallBroadcaster nowhere = (IncomingCall call) -> {
        };
        CallInbox inbox = new CallInbox(calls, nowhere);
        Random random = new Random(5);
        Instant now = Instant.now();
        long start = System.nanoTime();
        for (int i = 0; i < INGEST; i++) {
            String ani = Population.person((long) (random.nextDouble() * customers)).e164();
            inbox.accept(new CallEvent("bench", "ingest-" + i, 1, ani, "+13125550100", "", CallStatus.RINGING, now, "",
                    ""));
        }
        double inboxSeconds = (System.nanoTime() - start) / 1e9;
        inbox.close();
        start = System.nanoTime();
        try (Connection c = store.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO INBOX_EVENT (DRIVER, SESSION_ID, SEQUENCE_NO,"
                    + " STATUS, ANI, DNIS, DESTINATION, CALLER_NAME, RECORDING, OCCURRED_AT, RECEIVED_AT)"
                    + " VALUES ('raw', ?, 1, 'RINGING', ?, '+13125550100', '', '', '', ?, ?)")) {
                Timestamp t = Timestamp.from(now);
                for (int i = 0; i < INGEST; i++) {
                    s.setString(1, "raw-" + i);
                    s.setString(2, Population.person((long) (random.nextDouble() * customers)).e164());
                    s.setTimestamp(3, t);
                    s.setTimestamp(4, t);
                    s.addBatch();
                    if ((i + 1) % 1_000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();
        }
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        report.rateTable("Durable call-event ingest (" + INGEST + " events, one at a time as drivers deliver them)",
                "CallInbox.accept: event committed, then routed, cross-referenced and committed", INGEST / inboxSeconds,
                "raw JDBC batch insert of the same rows into INBOX_EVENT, one commit", INGEST / rawSeconds);
    }
}
