package org.cardfile.store.jpa.foundation.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What releases before Liquibase recorded as applied, per capability, so those steps are marked as
 * run and not run again. Two kinds of such databases are in use: releases up to 0.1 kept one version
 * for the whole database ({@code SCHEMA_VERSION}, steps 1 to 6, while every capability's tables lived
 * in the store); the releases after them kept a version per capability ({@code CAPABILITY_SCHEMA}).
 * Both tables are left as they were: they are the history of how the database got here.
 */
final class EarlierReleaseSteps {
    /** One step an earlier release applied: the capability's step number and when it ran. */
    record Step(int version, Instant appliedAt) {
    }

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

    private EarlierReleaseSteps() {
    }

    /** The capability's steps an earlier release applied, oldest first; empty on a database without them. */
    static List<Step> of(Connection c, Dialect dialect, String capability) throws SQLException {
        List<Step> steps = new ArrayList<>();
        if (exists(c, dialect, "CAPABILITY_SCHEMA")) {
            try (PreparedStatement s = c.prepareStatement("SELECT VERSION, APPLIED_AT FROM CAPABILITY_SCHEMA"
                    + " WHERE CAPABILITY = ? ORDER BY VERSION")) {
                s.setString(1, capability);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        steps.add(new Step(rs.getInt(1), rs.getTimestamp(2).toInstant()));
                    }
                }
            }
        } else if (exists(c, dialect, "SCHEMA_VERSION")) {
            try (Statement s = c.createStatement();
                    ResultSet old = s.executeQuery("SELECT VERSION, APPLIED_AT FROM SCHEMA_VERSION ORDER BY VERSION")) {
                while (old.next()) {
                    List<Map.Entry<String, Integer>> owners = OWNERS.get(old.getInt(1));
                    if (owners == null) {
                        throw new SQLException("The database records schema version " + old.getInt(1)
                                + ", which no release of Cardfile wrote; it was made by something else");
                    }
                    for (Map.Entry<String, Integer> owner : owners) {
                        if (owner.getKey().equals(capability)) {
                            steps.add(new Step(owner.getValue(), old.getTimestamp(2).toInstant()));
                        }
                    }
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new SQLException("The database records the " + capability + " steps " + steps.stream()
                        .map(Step::version).toList() + "; a release of Cardfile applies them in order from 1");
            }
        }
        return steps;
    }

    static boolean exists(Connection c, Dialect dialect, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, c.getSchema(), dialect.catalogName(table), null)) {
            return tables.next();
        }
    }
}
