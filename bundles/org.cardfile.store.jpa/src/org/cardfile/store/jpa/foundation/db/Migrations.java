package org.cardfile.store.jpa.foundation.db;

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
 * Brings a capability's tables up to the schema this release expects, one recorded step at a
 * time, so a database created by an older release is upgraded in place and keeps its data. Each
 * capability has its own version ({@value #TABLE}: one row per applied step), so a capability
 * installed later starts at its step 1 on a database that has long been in use.
 */
public final class Migrations {
    /** The table recording the applied steps of every capability. */
    static final String TABLE = "CAPABILITY_SCHEMA";

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private final DataSource dataSource;
    private final Dialect dialect;

    public Migrations(Database database) {
        this.dataSource = database.dataSource();
        this.dialect = database.dialect();
    }

    /** Applies every step of the capability that is not applied yet; answers its version now. */
    public int migrate(CapabilitySchema schema) {
        return migrateTo(schema, schema.latestVersion());
    }

    /** Applies every step up to and including {@code targetVersion} that is not applied yet. */
    public int migrateTo(CapabilitySchema schema, int targetVersion) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ensureVersionTable(c);
            int current = currentVersion(c, schema.capability());
            if (current > schema.latestVersion()) {
                throw new IllegalStateException("The database's " + schema.capability() + " tables are at version "
                        + current + ", newer than this release knows (" + schema.latestVersion()
                        + "): use the release that wrote them, or a newer one");
            }
            for (Migration m : schema.steps()) {
                if (m.version() > current && m.version() <= targetVersion) {
                    apply(c, schema, m);
                    current = m.version();
                }
            }
            c.commit(); // ends the read of the current version
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the " + schema.capability() + " tables up to version "
                    + targetVersion + ": " + e.getMessage(), e);
        }
    }

    /** The capability's applied version; 0 when none of its steps is applied. */
    public int currentVersion(String capability) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ensureVersionTable(c);
            int version = currentVersion(c, capability);
            c.commit();
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema version of " + capability + ": "
                    + e.getMessage(), e);
        }
    }

    private void apply(Connection c, CapabilitySchema schema, Migration m) throws SQLException {
        LOG.log(Level.INFO, "Migrating the {0} tables to version {1}: {2}", schema.capability(), m.version(),
                m.description());
        try (Statement s = c.createStatement()) {
            for (String sql : statements(schema, m)) {
                s.execute(sql);
            }
            try (PreparedStatement record = c.prepareStatement("INSERT INTO " + TABLE
                    + " (CAPABILITY, VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                record.setString(1, schema.capability());
                record.setInt(2, m.version());
                record.setString(3, m.description());
                record.setTimestamp(4, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("Step " + m.version() + " of " + schema.capability() + " (" + m.description()
                    + ") failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /**
     * The statements of a script: the dialect's own version ({@code db/postgresql/V2__….sql}) when
     * there is one, else the common script. A released script is never edited; a dialect that
     * cannot run it gets a variant of the same meaning beside it.
     */
    public List<String> statements(CapabilitySchema schema, Migration step) {
        String resource = step.resource();
        String path = schema.folder() + "/" + dialect.scriptFolder() + resource;
        InputStream found = schema.scripts().getResourceAsStream(path);
        if (found == null) {
            path = schema.folder() + "/" + resource;
            found = schema.scripts().getResourceAsStream(path);
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalStateException("Migration script " + path + " of " + schema.capability()
                        + " is missing from its bundle");
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
            throw new UncheckedIOException("Could not read migration script " + path, e);
        }
    }

    /** Creates the version table on first use, carrying over what an older release recorded. */
    private void ensureVersionTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, c.getSchema(), dialect.catalogName(TABLE), null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (CAPABILITY VARCHAR(64) NOT NULL, VERSION INT NOT NULL,"
                    + " DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT " + dialect.timestampType() + " NOT NULL,"
                    + " PRIMARY KEY (CAPABILITY, VERSION))");
            LegacySchemaVersions.carryOver(c, dialect);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static int currentVersion(Connection c, String capability) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(VERSION) FROM " + TABLE + " WHERE CAPABILITY = ?")) {
            s.setString(1, capability);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
