package org.cardfile.store.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.cardfile.core.model.Office;
import org.cardfile.core.reports.ReportGrant;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.internal.ReportGrantTable;
import org.cardfile.store.reports.internal.OfficeScopedReportingDatabase;
import org.cardfile.store.testsupport.SeededCalls;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An office's admin shares its report data with an employee of another office, whose reports then
 * read both offices' rows and still nothing of a third; only the sharing office's admin grants and
 * revokes, and a revocation takes effect on the next run.
 */
class SharedReportsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");
    /** Dialled numbers of the demo data: one of Springfield, one of Shelbyville. */
    private static final String SPRINGFIELD_GAZETTE = "+12175550190";
    private static final String SHELBYVILLE_YELLOW_PAGES = "+12175550195";

    private StoreFixture f;
    private ReportGrantTable access;
    private OfficeScopedReportingDatabase reporting;
    private long springfield;
    private long shelbyville;
    private long capital;
    private Session springfieldAdmin;
    private Session shelbyvilleAdmin;
    private Session alice;

    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeEach
    void seed() throws Exception {
        f = StoreFixture.withDemoData(kind(), "shared-reports");
        access = new ReportGrantTable(f.store, f.sessions);
        reporting = new OfficeScopedReportingDatabase(f.store.database().dataSource(), f.sessions, access);
        springfieldAdmin = f.signIn("admin");
        alice = f.signIn("alice");
        springfield = alice.officeId();
        shelbyville = f.signIn("rita").officeId();
        capital = 9_000;
        try (Connection c = f.store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            // a third office with an employee of its own, and an admin for Shelbyville: the demo has neither
            s.executeUpdate("INSERT INTO OFFICE (ID, CODE, NAME, DEFAULT_REGION) VALUES (" + capital
                    + ", 'CAP', 'Capital City Office', 'IL')");
            s.executeUpdate("INSERT INTO EMPLOYEE (ID, VERSION, LOGIN, DISPLAY_NAME, OFFICE_ID, ROLES, ACTIVE,"
                    + " PASSWORD_HASH) SELECT 9001, 1, 'carl', 'Carl Capital', " + capital
                    + ", 'CALL_CENTER_REP', 1, PASSWORD_HASH FROM EMPLOYEE WHERE LOGIN = 'admin'");
            s.executeUpdate("INSERT INTO EMPLOYEE (ID, VERSION, LOGIN, DISPLAY_NAME, OFFICE_ID, ROLES, ACTIVE,"
                    + " PASSWORD_HASH) SELECT 9002, 1, 'hank', 'Hank Head', " + shelbyville
                    + ", 'ADMIN', 1, PASSWORD_HASH FROM EMPLOYEE WHERE LOGIN = 'admin'");
        }
        shelbyvilleAdmin = f.signIn("hank");
        SeededCalls calls = new SeededCalls(f.inbox, T0);
        calls.answered(SPRINGFIELD_GAZETTE, "+12175550177", 0, 5, 10);
        calls.missed(SPRINGFIELD_GAZETTE, "+12175550178", 60);
        calls.answered(SHELBYVILLE_YELLOW_PAGES, "+12175550101", 120, 2, 30);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aReportReadsOnlyItsOwnOfficeUntilAnotherOfficeSharesWithTheUser() throws Exception {
        assertEquals(List.of(springfield), officeIds(access.readableOffices(springfieldAdmin)));
        assertEquals(List.of(List.of(springfield, 2L)), report(springfieldAdmin, CALLS_PER_OFFICE));

        ReportGrant grant = access.grant(shelbyvilleAdmin, "admin");

        assertEquals("admin", grant.login());
        assertEquals("Springfield Leasing Office", grant.employeeOffice());
        assertEquals("hank", grant.grantedBy());
        assertEquals(List.of(springfield, shelbyville), officeIds(access.readableOffices(springfieldAdmin)));
        assertEquals(List.of(List.of(springfield, 2L), List.of(shelbyville, 1L)), report(springfieldAdmin, CALLS_PER_OFFICE));
        assertEquals(raw("SELECT COUNT(*) FROM CUSTOMER WHERE OFFICE_ID IN (?, ?)", springfield, shelbyville),
                single(springfieldAdmin, "SELECT COUNT(*) FROM R_CUSTOMER"));
        assertEquals(List.of(List.of(springfield), List.of(shelbyville)),
                report(springfieldAdmin, "SELECT OFFICE_ID FROM R_OFFICE ORDER BY OFFICE_ID"));
    }

    @Test
    void aSharedOfficeDoesNotOpenAThirdOneWhateverTheQuerySays() throws Exception {
        access.grant(shelbyvilleAdmin, "admin");

        assertEquals(0, single(springfieldAdmin, "SELECT COUNT(*) FROM R_EMPLOYEE WHERE OFFICE_ID = " + capital));
        assertEquals(0, single(springfieldAdmin, "SELECT COUNT(*) FROM R_OFFICE o WHERE o.OFFICE_ID NOT IN ("
                + springfield + ", " + shelbyville + ") OR 1 = 1 AND o.OFFICE_ID = " + capital));
        assertEquals(0, single(springfieldAdmin, "SELECT COUNT(*) FROM R_EMPLOYEE WHERE LOGIN = 'carl' OR OFFICE_ID = "
                + capital));
        assertEquals(1, raw("SELECT COUNT(*) FROM EMPLOYEE WHERE OFFICE_ID = ?", capital));
    }

    @Test
    void sharingIsPersonalAndOneWay() throws Exception {
        access.grant(shelbyvilleAdmin, "admin");

        assertEquals(List.of(List.of(springfield, 2L)), report(alice, CALLS_PER_OFFICE), "another Springfield login");
        assertEquals(List.of(List.of(shelbyville, 1L)), report(shelbyvilleAdmin, CALLS_PER_OFFICE), "the sharing office");
        assertEquals(1, access.grants(shelbyvilleAdmin).size());
        assertEquals(List.of(), access.grants(springfieldAdmin), "Springfield shares nothing");
    }

    @Test
    void revokingTakesEffectOnTheNextRunAndIsKeptForTheAudit() throws Exception {
        ReportGrant grant = access.grant(shelbyvilleAdmin, "admin");
        assertEquals(grant, access.grant(shelbyvilleAdmin, "ADMIN"), "sharing again changes nothing");

        assertFalse(access.revoke(springfieldAdmin, grant.employeeId()), "only the sharing office revokes");
        assertEquals(2, report(springfieldAdmin, CALLS_PER_OFFICE).size());
        assertTrue(access.revoke(shelbyvilleAdmin, grant.employeeId()));
        assertFalse(access.revoke(shelbyvilleAdmin, grant.employeeId()));

        assertEquals(List.of(List.of(springfield, 2L)), report(springfieldAdmin, CALLS_PER_OFFICE));
        assertEquals(List.of(), access.grants(shelbyvilleAdmin));
        assertEquals(1, raw("SELECT COUNT(*) FROM REPORT_GRANT_LOG WHERE OFFICE_ID = ? AND GRANTED = 1", shelbyville));
        assertEquals(1, raw("SELECT COUNT(*) FROM REPORT_GRANT_LOG WHERE OFFICE_ID = ? AND GRANTED = 0"
                + " AND CHANGED_BY = 'hank'", shelbyville));
    }

    @Test
    void onlyAnAdminShares() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> access.grant(alice, "rita"));
        assertTrue(denied.getMessage().contains("Alice Adams"), denied.getMessage());
        assertThrows(AccessDeniedException.class, () -> access.grants(alice));
        assertThrows(AccessDeniedException.class, () -> access.revoke(alice, 1));
    }

    @Test
    void aLoginThatCannotBeSharedWithSaysWhy() throws Exception {
        assertEquals("No employee signs in as nobody.", refusal("nobody"));
        assertEquals("rita works in Shelbyville Repair Facility and reads its reports already.", refusal("rita"));
        assertTrue(refusal("").startsWith("Enter the login"), refusal(""));
        assertTrue(refusal("x".repeat(10_000)).startsWith("Enter the login"));
        try (Connection c = f.store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE EMPLOYEE SET ACTIVE = 0 WHERE LOGIN = 'walter'");
        }
        assertTrue(refusal("walter").startsWith("walter is inactive"), refusal("walter"));
        assertEquals(List.of(), access.grants(shelbyvilleAdmin), "nothing was shared on the way");
    }

    @Test
    void aDeactivatedLoginReadsNoSharedOfficeEvenWithASessionOpen() throws Exception {
        access.grant(shelbyvilleAdmin, "alice");
        assertEquals(2, report(alice, CALLS_PER_OFFICE).size());
        try (Connection c = f.store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE EMPLOYEE SET ACTIVE = 0 WHERE LOGIN = 'alice'");
        }
        assertEquals(List.of(springfield), officeIds(access.readableOffices(alice)));
    }

    private static final String CALLS_PER_OFFICE = "SELECT OFFICE_ID, COUNT(*) FROM R_CALL GROUP BY OFFICE_ID ORDER BY OFFICE_ID";

    private String refusal(String login) {
        ValidationException e = assertThrows(ValidationException.class, () -> access.grant(shelbyvilleAdmin, login));
        assertEquals("login", e.errors().get(0).field());
        return e.errors().get(0).message();
    }

    private static List<Long> officeIds(List<Office> offices) {
        return offices.stream().map(Office::id).toList();
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
}
