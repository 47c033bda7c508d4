package org.cardfile.store.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cardfile.core.model.Office;
import org.cardfile.core.reports.ReportAccess;
import org.cardfile.core.reports.ReportGrant;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Report data shared between offices, in REPORT_GRANT, with every grant and revocation in
 * REPORT_GRANT_LOG. A grant is keyed by the sharing office, so an admin sees and changes only what
 * their own office shares.
 */
@Component(service = ReportAccess.class, property = "service.ranking:Integer=-1")
public class ReportGrantTable implements ReportAccess {
    /** A login is at most this long (EMPLOYEE.LOGIN); checked before it reaches a query. */
    private static final int MAX_LOGIN = 64;
    private static final String GRANTS = "SELECT G.OFFICE_ID, E.ID, E.LOGIN, E.DISPLAY_NAME, O.NAME, G.GRANTED_BY,"
            + " G.GRANTED_AT FROM REPORT_GRANT G JOIN EMPLOYEE E ON E.ID = G.EMPLOYEE_ID"
            + " JOIN OFFICE O ON O.ID = E.OFFICE_ID WHERE G.OFFICE_ID = ?";

    private final Jdbc jdbc;
    private final SessionRegistry sessions;

    @Activate
    public ReportGrantTable(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.jdbc = new Jdbc(store.database().dataSource());
        this.sessions = sessions;
    }

    @Override
    public List<Office> readableOffices(Session session) {
        Session s = sessions.require(session, Permission.RUN_REPORTS);
        return jdbc.transaction("read the offices " + s.employee().login() + "'s reports read", c -> {
            List<Office> offices = new ArrayList<>();
            offices.add(s.office());
            // only an active employee of an office reads what other offices share with them
            offices.addAll(Jdbc.list(c, "SELECT O.ID, O.CODE, O.NAME, O.DEFAULT_REGION FROM REPORT_GRANT G"
                    + " JOIN OFFICE O ON O.ID = G.OFFICE_ID JOIN EMPLOYEE E ON E.ID = G.EMPLOYEE_ID"
                    + " WHERE G.EMPLOYEE_ID = ? AND E.ACTIVE = 1 AND E.OFFICE_ID = ? AND O.ID <> ? ORDER BY O.NAME",
                    rs -> new Office(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    s.employee().id(), s.officeId(), s.officeId()));
            return List.copyOf(offices);
        });
    }

    @Override
    public List<ReportGrant> grants(Session session) {
        Session s = sessions.require(session, Permission.MANAGE_REPORTS);
        return jdbc.transaction("read what " + s.office().name() + " shares", c -> Jdbc.list(c,
                GRANTS + " ORDER BY E.LOGIN", ReportGrantTable::grant, s.officeId()));
    }

    @Override
    public ReportGrant grant(Session session, String login) {
        Session s = sessions.require(session, Permission.MANAGE_REPORTS);
        String wanted = login == null ? "" : login.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_LOGIN) {
            throw refused("Enter the login of the employee to share " + s.office().name() + "'s reports with.");
        }
        return jdbc.transaction("share " + s.office().name() + "'s reports with " + wanted, c -> {
            Object[] employee = Jdbc.first(c, "SELECT ID, OFFICE_ID, ACTIVE FROM EMPLOYEE WHERE LOWER(LOGIN) = ?",
                    rs -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getShort(3) != 0 },
                    wanted.toLowerCase(Locale.ROOT)).orElseThrow(() -> refused("No employee signs in as " + wanted + "."));
            long employeeId = (Long) employee[0];
            if ((Long) employee[1] == s.officeId()) {
                throw refused(wanted + " works in " + s.office().name() + " and reads its reports already.");
            }
            if (!(Boolean) employee[2]) {
                throw refused(wanted + " is inactive; their office's admin can reactivate the login first.");
            }
            if (existing(c, s.officeId(), employeeId).isEmpty()) {
                Instant now = Instant.now();
                Jdbc.update(c, "INSERT INTO REPORT_GRANT (OFFICE_ID, EMPLOYEE_ID, GRANTED_BY, GRANTED_AT)"
                        + " VALUES (?, ?, ?, ?)", s.officeId(), employeeId, s.employee().login(), now);
                log(c, s, employeeId, true, now);
            }
            return existing(c, s.officeId(), employeeId).orElseThrow();
        });
    }

    @Override
    public boolean revoke(Session session, long employeeId) {
        Session s = sessions.require(session, Permission.MANAGE_REPORTS);
        return jdbc.transaction("stop sharing " + s.office().name() + "'s reports", c -> {
            boolean removed = Jdbc.update(c, "DELETE FROM REPORT_GRANT WHERE OFFICE_ID = ? AND EMPLOYEE_ID = ?",
                    s.officeId(), employeeId) > 0;
            if (removed) {
                log(c, s, employeeId, false, Instant.now());
            }
            return removed;
        });
    }

    private static java.util.Optional<ReportGrant> existing(Connection c, long officeId, long employeeId)
            throws SQLException {
        return Jdbc.first(c, GRANTS + " AND G.EMPLOYEE_ID = ?", ReportGrantTable::grant, officeId, employeeId);
    }

    private static void log(Connection c, Session s, long employeeId, boolean granted, Instant at) throws SQLException {
        Jdbc.insert(c, "INSERT INTO REPORT_GRANT_LOG (OFFICE_ID, EMPLOYEE_ID, GRANTED, CHANGED_BY, CHANGED_AT)"
                + " VALUES (?, ?, ?, ?, ?)", s.officeId(), employeeId, granted, s.employee().login(), at);
    }

    private static ReportGrant grant(java.sql.ResultSet rs) throws SQLException {
        return new ReportGrant(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Jdbc.instant(rs, "GRANTED_AT"));
    }

    private static ValidationException refused(String message) {
        return new ValidationException(List.of(new FieldError("login", message)));
    }
}
