package org.cardfile.store.jpa.foundation.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Releases up to 0.1 kept one schema version for the whole database ({@code SCHEMA_VERSION}, steps
 * 1 to 6) while every capability's tables lived in the store. Those steps are now the first steps of
 * the capabilities that own the tables; this carries what such a database has applied over into the
 * per-capability versions once, so nothing is applied twice and nothing is lost. The old table is
 * left as it was: it is the history of how the database got here.
 */
final class LegacySchemaVersions {
    /**
     * Old single-track version → the capability steps it became. Old step 5 made the card tables and
     * gave call entries their card column; the column is the calls tables' own now (their step 2).
     */
    private static final Map<Integer, List<Map.Entry<String, Integer>>> OWNERS = Map.of(
            1, List.of(Map.entry(StoreSchema.CAPABILITY, 1)),
            2, List.of(Map.entry(StoreSchema.CAPABILITY, 2)),
            3, List.of(Map.entry(StoreSchema.CAPABILITY, 3)),
            4, List.of(Map.entry("calls", 1)),
            5, List.of(Map.entry("calls", 2), Map.entry("cards", 1)),
            6, List.of(Map.entry("cards", 2)));

    private LegacySchemaVersions() {
    }

    /** Copies the applied old steps into the new version table; does nothing on a database without them. */
    static void carryOver(Connection c, Dialect dialect) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, c.getSchema(), dialect.catalogName("SCHEMA_VERSION"), null)) {
            if (!tables.next()) {
                return;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet old = s.executeQuery("SELECT VERSION, DESCRIPTION, APPLIED_AT FROM SCHEMA_VERSION ORDER BY VERSION");
                PreparedStatement insert = c.prepareStatement("INSERT INTO " + Migrations.TABLE
                        + " (CAPABILITY, VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
            while (old.next()) {
                List<Map.Entry<String, Integer>> owners = OWNERS.get(old.getInt(1));
                if (owners == null) {
                    throw new SQLException("The database records schema version " + old.getInt(1)
                            + ", which no release of Cardfile wrote; it was made by something else");
                }
                for (Map.Entry<String, Integer> owner : owners) {
                    insert.setString(1, owner.getKey());
                    insert.setInt(2, owner.getValue());
                    insert.setString(3, old.getString(2));
                    insert.setTimestamp(4, old.getTimestamp(3));
                    insert.executeUpdate();
                }
            }
        }
    }
}
