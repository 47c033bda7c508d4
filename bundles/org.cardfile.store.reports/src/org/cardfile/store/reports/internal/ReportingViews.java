package org.cardfile.store.reports.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reporting views the database holds now, by upper-case name, each with whether it carries
 * {@code OFFICE_ID}. Read from the database's catalogue, so a capability installed later brings its
 * views into reach by migrating them, with nothing to register here.
 */
public record ReportingViews(Map<String, Boolean> officeScoped) {

    /** Every reporting view's name starts with this. */
    public static final String PREFIX = "R_";
    public static final String SCOPE_COLUMN = "OFFICE_ID";

    public ReportingViews {
        officeScoped = Map.copyOf(officeScoped);
    }

    public static ReportingViews of(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Boolean> views = new TreeMap<>();
        // PostgreSQL keeps unquoted names in lower case, Derby in upper case: match either way
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "VIEW" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (name.startsWith(PREFIX)) {
                    views.put(name, false);
                }
            }
        }
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String view = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (views.containsKey(view) && SCOPE_COLUMN.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                    views.put(view, true);
                }
            }
        }
        return new ReportingViews(views);
    }

    public boolean contains(String upperCaseName) {
        return officeScoped.containsKey(upperCaseName);
    }

    public boolean scoped(String upperCaseName) {
        return officeScoped.getOrDefault(upperCaseName, false);
    }
}
