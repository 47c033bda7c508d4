package org.cardfile.store.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cardfile.core.security.Session;
import org.cardfile.store.reports.internal.OfficeScopedReportingDatabase;
import org.cardfile.store.testsupport.SeededCalls;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * A report reads its own office's rows and nothing else, whatever its SQL says: the figures through
 * a report connection equal the same counts over the base tables for that office, and a hostile
 * query (base tables, other offices, writes, system functions, escaping the connection) is refused
 * with a message that says why.
 */
@TestInstance(Lifecycle.PER_CLASS)
class OfficeScopeTest {
    private static final String GAZETTE = "+12175550190";
    private static final String WEBSITE = "+12175550191";
    private static final String YELLOW_PAGES = "+12175550195";
    private static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");

    private StoreFixture f;
    private OfficeScopedReportingDatabase reporting;
    private Session alice;
    private Session rita;

    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void seed() throws Exception {
        f = StoreFixture.withDemoData(kind(), "scope");
        reporting = new OfficeScopedReportingDatabase(f.store.database().dataSource(), f.sessions,
                new org.cardfile.store.jpa.internal.ReportGrantTable(f.store, f.sessions));
        alice = f.signIn("alice");
        rita = f.signIn("rita");
        SeededCalls calls = new SeededCalls(f.inbox, T0);
        calls.answered(GAZETTE, "+12175550177", 0, 5, 10);
        calls.answered(GAZETTE, "+12175550178", 60, 3, 40);
        calls.missed(GAZETTE, "+12175550179", 120);
        calls.missed(WEBSITE, "+12175550177", 180);
        calls.answered(YELLOW_PAGES, "+12175550101", 240, 2, 30);
        calls.missed(YELLOW_PAGES, "+12175550102", 300);
    }

    @AfterAll
    void close() {
        f.close();
    }

    private long raw(String sql, Object... args) throws SQLException {
        return ReportQueries.raw(f.store.database().dataSource(), sql, args);
    }

    private List<List<Object>> report(Session session, String sql) throws SQLException {
        return ReportQueries.report(reporting, session, sql);
    }

    private long single(Session session, String sql) throws SQLException {
        return (Long) report(session, sql).get(0).get(0);
    }

    @Test
    void columnsAreNamedInCapitalsOnEveryDatabase() throws Exception {
        try (Connection c = reporting.open(alice); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) AS calls, MIN(dialled_number) AS first_number FROM r_call")) {
            assertEquals("CALLS", rs.getMetaData().getColumnLabel(1));
            assertEquals("FIRST_NUMBER", rs.getMetaData().getColumnLabel(2));
        }
    }

    @Test
    void eachOfficeCountsOnlyItsOwnCalls() throws Exception {
        long spr = alice.officeId();
        long shv = rita.officeId();
        assertEquals(4, raw("SELECT COUNT(*) FROM CALL_ENTRY WHERE OFFICE_ID = ?", spr));
        assertEquals(6, raw("SELECT COUNT(*) FROM CALL_ENTRY"));
        assertEquals(4, single(alice, "SELECT COUNT(*) FROM R_CALL"));
        assertEquals(2, single(rita, "SELECT COUNT(*) FROM R_CALL"));
        assertEquals(raw("SELECT COUNT(*) FROM CUSTOMER WHERE OFFICE_ID = ?", spr), single(alice, "SELECT COUNT(*) FROM R_CUSTOMER"));
        assertEquals(raw("SELECT COUNT(*) FROM CUSTOMER WHERE OFFICE_ID = ?", shv), single(rita, "select count(*) from r_customer"));
    }

    @Test
    void askingForAnotherOfficeGetsNothing() throws Exception {
        long shv = rita.officeId();
        assertEquals(0, single(alice, "SELECT COUNT(*) FROM R_CALL WHERE OFFICE_ID = " + shv));
        assertEquals(0, single(alice, "SELECT COUNT(*) FROM R_CALL c WHERE c.OFFICE_ID <> " + alice.officeId()));
        assertEquals(List.of(List.of(alice.officeId())),
                report(alice, "SELECT OFFICE_ID FROM R_CALL UNION SELECT OFFICE_ID FROM R_TRACKING_NUMBER"));
        assertEquals(List.of(List.of(alice.officeId())), report(alice, "SELECT OFFICE_ID FROM R_OFFICE"));
        assertEquals(raw("SELECT COUNT(*) FROM CUSTOMER WHERE OFFICE_ID = ?", alice.officeId()), single(alice,
                "SELECT COUNT(*) FROM R_CUSTOMER WHERE CUSTOMER_ID IN (SELECT x.CUSTOMER_ID FROM R_CUSTOMER x)"));
        assertEquals(0, single(alice, "SELECT COUNT(*) FROM R_EMPLOYEE WHERE LOGIN = 'rita'"));
    }

    @Test
    void advertisingFiguresPerTrackingNumberMatchTheBaseTables() throws Exception {
        Map<String, List<Long>> bySource = new TreeMap<>();
        for (List<Object> row : report(alice, "SELECT t.NUMBER_TEXT, COUNT(c.CALL_ID), SUM(c.ANSWERED), SUM(c.MISSED),"
                + " COUNT(DISTINCT c.CALLER_NUMBER) FROM R_TRACKING_NUMBER t"
                + " LEFT JOIN R_CALL c ON c.TRACKING_NUMBER_ID = t.TRACKING_NUMBER_ID"
                + " GROUP BY t.NUMBER_TEXT ORDER BY t.NUMBER_TEXT")) {
            bySource.put((String) row.get(0), List.of((Long) row.get(1), row.get(2) == null ? 0L : (Long) row.get(2),
                    row.get(3) == null ? 0L : (Long) row.get(3), (Long) row.get(4)));
        }
        assertEquals(Map.of("217-555-0190", List.of(3L, 2L, 1L, 3L), "217-555-0191", List.of(1L, 0L, 1L, 1L),
                "217-555-0192", List.of(0L, 0L, 0L, 0L)), bySource);
        assertEquals(raw("SELECT COUNT(*) FROM CALL_ENTRY c JOIN TRACKING_NUMBER t ON t.ID = c.TRACKING_NUMBER_ID"
                + " WHERE t.E164 = ?", GAZETTE), bySource.get("217-555-0190").get(0));
    }

    @Test
    void ringAndTalkTimesAreInSeconds() throws Exception {
        assertEquals(List.of(List.of(3L, 40L), List.of(5L, 10L)), report(alice,
                "SELECT RING_SECONDS, TALK_SECONDS FROM R_CALL WHERE ANSWERED = 1 ORDER BY RING_SECONDS"));
    }

    @Test
    void preparedQueriesAreScopedToo() throws Exception {
        try (Connection c = reporting.open(rita);
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM R_CALL WHERE MISSED = ?")) {
            s.setInt(1, 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    @Test
    void hostileQueriesAreRefusedWithTheReason() {
        Map<String, String> refusals = Map.of(
                "SELECT LOGIN, PASSWORD_HASH FROM EMPLOYEE", "EMPLOYEE is not a reporting view",
                "SELECT COUNT(*) FROM R_CALL WHERE CALL_ID IN (SELECT ID FROM CALL_ENTRY)", "CALL_ENTRY is not a reporting view",
                "SELECT OFFICE_ID FROM R_CALL UNION SELECT OFFICE_ID FROM CUSTOMER", "CUSTOMER is not a reporting view",
                "DELETE FROM R_CALL", "only SELECT is allowed, not DELETE",
                "SELECT 1 FROM R_OFFICE; DELETE FROM CARD", "one statement per query",
                "SELECT SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.user.x') FROM R_OFFICE", "may not be called",
                "SELECT pg_read_file('/etc/passwd') FROM R_OFFICE", "the function pg_read_file may not be called",
                "SELECT * FROM SYS.SYSTABLES", "without a schema",
                "SELECT * INTO stolen FROM R_CUSTOMER", "cannot write its result into a table");
        refusals.forEach((sql, reason) -> {
            SQLException e = assertThrows(SQLException.class, () -> report(alice, sql), sql);
            assertTrue(e.getMessage().contains(reason), sql + " -> " + e.getMessage());
            assertEquals("42501", e.getSQLState(), sql);
        });
    }

    @Test
    void theConnectionCannotBeEscaped() throws Exception {
        try (Connection c = reporting.open(alice); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> c.unwrap(Connection.class));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE R_CALL SET STATUS = 'X'"));
            assertThrows(SQLException.class, () -> c.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('APP','CARD',1)"));
            for (Connection back : List.of(s.getConnection(), c.getMetaData().getConnection())) {
                try (Statement again = back.createStatement()) {
                    SQLException e = assertThrows(SQLException.class, () -> again.executeQuery("SELECT * FROM EMPLOYEE"));
                    assertTrue(e.getMessage().contains("EMPLOYEE is not a reporting view"), e.getMessage());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM R_CALL");
                    Statement behind = rs.getStatement()) {
                assertThrows(SQLException.class, () -> behind.executeQuery("SELECT * FROM CALL_ENTRY"));
            }
        }
    }

    @Test
    void aSessionThatDidNotSignInGetsNoConnection() {
        Session forged = new Session("forged", alice.employee(), alice.office(), Instant.now());
        assertThrows(RuntimeException.class, () -> reporting.open(forged).close());
    }
}
