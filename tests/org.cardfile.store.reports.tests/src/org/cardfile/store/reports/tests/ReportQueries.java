package org.cardfile.store.reports.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cardfile.core.security.Session;
import org.cardfile.store.reports.internal.OfficeScopedReportingDatabase;

/**
 * The two sides the office-scope tests compare: a count over the base tables, as the database holds
 * them, and what a report's query returns through the scoped reporting connection.
 */
final class ReportQueries {
    private ReportQueries() {
    }

    /** The first column of the first row, read straight from the database. */
    static long raw(DataSource db, String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every row the query returns to {@code session}'s report, numbers as longs. */
    static List<List<Object>> report(OfficeScopedReportingDatabase reporting, Session session, String sql)
            throws SQLException {
        try (Connection c = reporting.open(session); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Number number ? (Object) number.longValue() : v);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
