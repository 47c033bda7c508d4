package org.cardfile.store.jpa.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Brings a database up to the schema this release expects, one recorded version at a time, so a
 * database created by an older release is upgraded in place and keeps its data.
 */
public final class Migrations {
    /** Every schema version, oldest first. A release only ever appends to this list. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "initial schema", "V1__initial_schema.sql"),
            new Migration(2, "purchases and product images", "V2__purchases_and_product_images.sql"),
            new Migration(3, "covering indexes for search as you type", "V3__search_indexes.sql"),
            new Migration(4, "incoming calls: tracking numbers, inbox, call entries, directory", "V4__incoming_calls.sql"),
            new Migration(5, "cards: values, notes, reminders, custom fields; the card a call opens", "V5__cards.sql"),
            new Migration(6, "card templates an office switched off", "V6__card_template_switch.sql"));

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ClassLoader resources;

    public Migrations(Database database, ClassLoader resources) {
        this.dataSource = database.dataSource();
        this.dialect = database.dialect();
        this.resources = resources;
    }

    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Applies every migration up to and including {@code targetVersion} that is not applied yet. */
    public int migrateTo(int targetVersion) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ensureVersionTable(c);
            int current = currentVersion(c);
            for (Migration m : ALL) {
                if (m.version() > current && m.version() <= targetVersion) {
                    apply(c, m);
                    current = m.version();
                }
            }
            c.commit(); // ends the read of the current version
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the database schema up to version " + targetVersion
                    + ": " + e.getMessage(), e);
        }
    }

    public int currentVersion() {
        try (Connection c = dataSource.getConnection()) {
            ensureVersionTable(c);
            return currentVersion(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema version: " + e.getMessage(), e);
        }
    }

    private void apply(Connection c, Migration m) throws SQLException {
        LOG.log(Level.INFO, "Migrating database schema to version {0}: {1}", m.version(), m.description());
        try (Statement s = c.createStatement()) {
            for (String sql : statements(m.resource())) {
                s.execute(sql);
            }
            try (PreparedStatement record = c.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                record.setInt(1, m.version());
                record.setString(2, m.description());
                record.setTimestamp(3, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("Migration " + m.version() + " (" + m.description() + ") failed and was rolled back: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The statements of a script: the dialect's own version ({@code db/postgresql/V2__….sql}) when
     * there is one, else the common script. A released script is never edited; a dialect that
     * cannot run it gets a variant of the same meaning beside it.
     */
    private List<String> statements(String resource) {
        String path = "db/" + dialect.scriptFolder() + resource;
        InputStream found = resources.getResourceAsStream(path);
        if (found == null) {
            path = "db/" + resource;
            found = resources.getResourceAsStream(path);
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalStateException("Migration script " + path + " is missing from the bundle");
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
            throw new UncheckedIOException("Could not read migration script " + resource, e);
        }
    }

    private void ensureVersionTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, c.getSchema(), dialect.catalogName("SCHEMA_VERSION"), null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
                    + " APPLIED_AT " + dialect.timestampType() + " NOT NULL)");
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
