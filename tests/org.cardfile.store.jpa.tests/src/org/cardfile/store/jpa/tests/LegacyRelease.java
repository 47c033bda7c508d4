package org.cardfile.store.jpa.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cardfile.store.calls.internal.CallsStore;
import org.cardfile.store.cards.internal.CardsStore;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.jpa.foundation.db.Dialect;
import org.cardfile.store.jpa.foundation.db.StoreSchema;

/**
 * Databases as the releases before Liquibase left them, made from the scripts as they ship today (a
 * released script is never edited, only moved into the bundle of the capability that owns its tables):
 * <ul>
 * <li>the releases up to 0.1: one {@code SCHEMA_VERSION} table with steps 1 to 6, run in their old order;
 * <li>the releases after them: a version per capability in {@code CAPABILITY_SCHEMA}.
 * </ul>
 * Both ran the scripts with their own runner: lines starting with {@code --} dropped, statements ending
 * at a semicolon at the end of a line.
 */
final class LegacyRelease {
    /** A script of a capability step: the class of the bundle it ships in, and its path there. */
    private record Script(String capability, int version, Class<?> owner, String folder, String file,
            String description) {
    }

    private static final Script STORE_1 = new Script(StoreSchema.CAPABILITY, 1, StoreSchema.class, "db",
            "V1__initial_schema.sql", "initial schema");
    private static final Script STORE_2 = new Script(StoreSchema.CAPABILITY, 2, StoreSchema.class, "db",
            "V2__purchases_and_product_images.sql", "purchases and product images");
    private static final Script STORE_3 = new Script(StoreSchema.CAPABILITY, 3, StoreSchema.class, "db",
            "V3__search_indexes.sql", "covering indexes for search as you type");
    private static final Script STORE_4 = new Script(StoreSchema.CAPABILITY, 4, StoreSchema.class, "db",
            "V4__capability_switches.sql", "capability switches and their history");
    private static final Script CALLS_1 = new Script(CallsStore.CAPABILITY, 1, CallsStore.class, "db",
            "V1__incoming_calls.sql", "incoming calls: tracking numbers, inbox, call entries, directory");
    private static final Script CALLS_2 = new Script(CallsStore.CAPABILITY, 2, CallsStore.class, "db",
            "V2__call_entry_card.sql", "call entries: the card each opened");
    private static final Script CARDS_1 = new Script(CardsStore.CAPABILITY, 1, CardsStore.class, "db/cards",
            "V1__cards.sql", "cards: values, notes, reminders, custom fields; the card a call opens");
    private static final Script CARDS_2 = new Script(CardsStore.CAPABILITY, 2, CardsStore.class, "db/cards",
            "V2__card_template_switch.sql", "card templates an office switched off");

    /**
     * The old single-track steps, in their order: step n of the old releases ran the scripts of
     * {@code SINGLE_TRACK.get(n - 1)}. Step 5 made the card tables and gave call entries their card column.
     */
    private static final List<List<Script>> SINGLE_TRACK = List.of(List.of(STORE_1), List.of(STORE_2),
            List.of(STORE_3), List.of(CALLS_1), List.of(CARDS_1, CALLS_2), List.of(CARDS_2));

    /** Every capability step the per-capability releases recorded. */
    private static final List<Script> PER_CAPABILITY = List.of(STORE_1, STORE_2, STORE_3, STORE_4, CALLS_1, CALLS_2,
            CARDS_1, CARDS_2);

    /** The tables this release keeps its record of applied steps in, and its migration guard (Derby). */
    private static final List<String> THIS_RELEASES_RECORD = List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK",
            "MIGRATION_GUARD");

    private LegacyRelease() {
    }

    /** Creates what an old single-version release at schema {@code upTo} created on an empty database. */
    static void create(Database db, int upTo) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(singleVersionTable(db));
            for (int version = 1; version <= upTo; version++) {
                for (Script script : SINGLE_TRACK.get(version - 1)) {
                    for (String sql : statements(db.dialect(), script)) {
                        s.execute(sql);
                    }
                }
                record(c, version, SINGLE_TRACK.get(version - 1).get(0).description(), appliedAt(version));
            }
        }
    }

    /**
     * Turns a database this release made back into what the last single-version release would have left:
     * the tables are the same (the same scripts made them), only the record of the applied steps differs.
     */
    static void rewriteAsLegacy(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            dropThisReleasesRecord(c, db.dialect());
            // tables of steps after the last old release (store step 4 on): the old release had none of them
            s.execute("DROP TABLE CAPABILITY_SWITCH_LOG");
            s.execute("DROP TABLE CAPABILITY_SWITCH");
            dropReportingViews(c);
            dropCallHours(s);
            dropReportGrants(s);
            s.execute(singleVersionTable(db));
            for (int version = 1; version <= SINGLE_TRACK.size(); version++) {
                record(c, version, SINGLE_TRACK.get(version - 1).get(0).description(), appliedAt(version));
            }
        }
    }

    /**
     * Turns a database this release made back into what the last release with per-capability versions
     * would have left: the same tables, every step recorded in {@code CAPABILITY_SCHEMA}.
     */
    static void rewriteAsPerCapability(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            dropThisReleasesRecord(c, db.dialect());
            dropReportingViews(c);
            dropCallHours(s);
            dropReportGrants(s);
            s.execute("CREATE TABLE CAPABILITY_SCHEMA (CAPABILITY VARCHAR(64) NOT NULL, VERSION INT NOT NULL,"
                    + " DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT " + db.dialect().timestampType() + " NOT NULL,"
                    + " PRIMARY KEY (CAPABILITY, VERSION))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO CAPABILITY_SCHEMA (CAPABILITY, VERSION,"
                    + " DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < PER_CAPABILITY.size(); i++) {
                    Script step = PER_CAPABILITY.get(i);
                    p.setString(1, step.capability());
                    p.setInt(2, step.version());
                    p.setString(3, step.description());
                    p.setTimestamp(4, Timestamp.from(appliedAt(i + 1)));
                    p.executeUpdate();
                }
            }
        }
    }

    /** "capability version applied-at" of every step the per-capability release recorded, as it dated them. */
    static List<String> perCapabilitySteps() {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < PER_CAPABILITY.size(); i++) {
            steps.add(PER_CAPABILITY.get(i).capability() + " " + PER_CAPABILITY.get(i).version() + " "
                    + appliedAt(i + 1));
        }
        return steps.stream().sorted().toList();
    }

    /** The applied steps the database records now, "capability version applied-at" each, in order. */
    static List<String> recordedSteps(Database db) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT FILENAME, ID, DATEEXECUTED FROM DATABASECHANGELOG"
                        + " ORDER BY FILENAME, ID")) {
            while (rs.next()) {
                steps.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toInstant());
            }
        }
        return steps;
    }

    /** Whether a table is one of those recording applied steps or guarding their application. */
    static boolean recordsSteps(String table) {
        return table.equals("SCHEMA_VERSION") || table.equals("CAPABILITY_SCHEMA") || THIS_RELEASES_RECORD.contains(table);
    }

    /** When the old release applied its step {@code version}, as its version table says. */
    static Instant appliedAt(int version) {
        return Instant.parse("2026-06-01T12:00:00Z").plusSeconds(version);
    }

    /** The reporting views came after both old releases (store step 5, calls and cards step 3). */
    private static void dropReportingViews(Connection c) throws SQLException {
        java.util.List<String> views = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] { "VIEW" })) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT).startsWith("R_")) {
                    views.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String view : views) {
                s.execute("DROP VIEW " + view);
            }
        }
    }

    /** The per-hour call summaries came after both old releases too (calls steps 4 to 6). */
    private static void dropCallHours(Statement s) throws SQLException {
        s.execute("DROP VIEW CALL_HOUR_SHARE");
        s.execute("DROP TABLE CALL_WON");
        s.execute("DROP TABLE CALLER_HOUR");
        s.execute("DROP TABLE CALL_HOUR");
    }

    /** Sharing report data between offices came after both old releases (store step 6). */
    private static void dropReportGrants(Statement s) throws SQLException {
        s.execute("DROP TABLE REPORT_GRANT_LOG");
        s.execute("DROP TABLE REPORT_GRANT");
    }

    private static void dropThisReleasesRecord(Connection c, Dialect dialect) throws SQLException {
        for (String table : THIS_RELEASES_RECORD) {
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), dialect.catalogName(table), null)) {
                if (!rs.next()) {
                    continue; // the guard table is Derby's only
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    /** The statements of a script as the old runner read them: the dialect's variant when there is one. */
    private static List<String> statements(Dialect dialect, Script script) {
        ClassLoader loader = script.owner().getClassLoader();
        String path = script.folder() + "/" + (dialect == Dialect.POSTGRESQL ? "postgresql/" : "") + script.file();
        InputStream found = loader.getResourceAsStream(path);
        if (found == null) {
            path = script.folder() + "/" + script.file();
            found = loader.getResourceAsStream(path);
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalStateException("No script " + path);
            }
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : sql.toString().split(";\\s*\n")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip().replaceAll(";$", ""));
                }
            }
            return statements;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + path, e);
        }
    }

    private static String singleVersionTable(Database db) {
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
