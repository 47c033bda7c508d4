package org.cardfile.store.jpa.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardfile.store.calls.internal.CallsStore;
import org.cardfile.store.jpa.foundation.db.CapabilitySchema;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.jpa.foundation.db.Migration;
import org.cardfile.store.jpa.foundation.db.Migrations;
import org.cardfile.store.jpa.foundation.db.StoreSchema;
import org.cardfile.store.cards.internal.CardsStore;

/**
 * Databases as the releases before per-capability schemas left them: one {@code SCHEMA_VERSION}
 * table with steps 1 to 6, run in their old order from the scripts as they ship today (a released
 * script is never edited, only moved into the bundle of the capability that owns its tables).
 */
final class LegacyRelease {
    /**
     * The old single-track steps, in their order: step n of the old releases ran the scripts of
     * {@code STEPS.get(n - 1)}. Step 5 made the card tables and gave call entries their card column.
     */
    private static final List<List<Map.Entry<CapabilitySchema, Migration>>> STEPS = steps();

    private LegacyRelease() {
    }

    private static List<List<Map.Entry<CapabilitySchema, Migration>>> steps() {
        CapabilitySchema store = StoreSchema.schema();
        CapabilitySchema calls = CallsStore.schema();
        CapabilitySchema cards = CardsStore.schema();
        return List.of(List.of(Map.entry(store, store.steps().get(0))), List.of(Map.entry(store, store.steps().get(1))),
                List.of(Map.entry(store, store.steps().get(2))), List.of(Map.entry(calls, calls.steps().get(0))),
                List.of(Map.entry(cards, cards.steps().get(0)), Map.entry(calls, calls.steps().get(1))),
                List.of(Map.entry(cards, cards.steps().get(1))));
    }

    /** The last schema version an old release wrote. */
    static int latest() {
        return STEPS.size();
    }

    /** Creates what an old release at schema {@code upTo} created on an empty database. */
    static void create(Database db, int upTo) throws SQLException {
        Migrations scripts = new Migrations(db);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(versionTable(db));
            for (int version = 1; version <= upTo; version++) {
                for (Map.Entry<CapabilitySchema, Migration> step : STEPS.get(version - 1)) {
                    for (String sql : scripts.statements(step.getKey(), step.getValue())) {
                        s.execute(sql);
                    }
                }
                record(c, version, STEPS.get(version - 1).get(0).getValue().description(), appliedAt(version));
            }
        }
    }

    /**
     * Turns a database this release made back into what the last old release would have left: the
     * tables are the same (the same scripts made them), only the record of the applied steps differs.
     */
    static void rewriteAsLegacy(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE CAPABILITY_SCHEMA");
            // tables of steps after the last old release (store step 4 on): the old release had none of them
            s.execute("DROP TABLE CAPABILITY_SWITCH_LOG");
            s.execute("DROP TABLE CAPABILITY_SWITCH");
            s.execute(versionTable(db));
            for (int version = 1; version <= latest(); version++) {
                record(c, version, STEPS.get(version - 1).get(0).getValue().description(), appliedAt(version));
            }
        }
    }

    /** The applied steps the database records now, "capability version applied-at" each, in order. */
    static List<String> recordedSteps(Database db) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT CAPABILITY, VERSION, APPLIED_AT FROM CAPABILITY_SCHEMA"
                        + " ORDER BY CAPABILITY, VERSION")) {
            while (rs.next()) {
                steps.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getTimestamp(3).toInstant());
            }
        }
        return steps;
    }

    /** When the old release applied its step {@code version}, as its version table says. */
    static Instant appliedAt(int version) {
        return Instant.parse("2026-06-01T12:00:00Z").plusSeconds(version);
    }

    private static String versionTable(Database db) {
        return "CREATE TABLE SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
                + " APPLIED_AT " + db.dialect().timestampType() + " NOT NULL)";
    }

    private static void record(Connection c, int version, String description, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
            p.setInt(1, version);
            p.setString(2, description);
            p.setTimestamp(3, Timestamp.from(at));
            p.executeUpdate();
        }
    }
}
