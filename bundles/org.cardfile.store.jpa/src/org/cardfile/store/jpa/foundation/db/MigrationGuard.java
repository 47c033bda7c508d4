package org.cardfile.store.jpa.foundation.db;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Lets one start at a time change the schema, with a lock that dies with the holder's connection:
 * a PostgreSQL session advisory lock, or a Derby table lock inside an open transaction (Derby rolls
 * back a closed or broken connection's transaction). Liquibase's own lock is a row that a killed
 * start leaves set, refusing every later start until someone clears it; whoever holds this guard
 * knows that any such row is left over, because its writer would hold the guard while it runs.
 */
final class MigrationGuard implements AutoCloseable {
    /** The table Derby's guard locks; it holds no rows. */
    static final String DERBY_TABLE = "MIGRATION_GUARD";

    /** The key of the PostgreSQL advisory lock: "cardfile" in ASCII, not used by anything else of ours. */
    private static final long ADVISORY_KEY = 0x63617264_66696c65L;

    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final System.Logger LOG = System.getLogger(MigrationGuard.class.getName());

    private final Connection connection;
    private final Dialect dialect;

    private MigrationGuard(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Waits until no other start changes the schema, up to ten minutes, then holds the guard. */
    static MigrationGuard take(DataSource dataSource, Dialect dialect) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            Instant giveUp = Instant.now().plus(PATIENCE);
            boolean told = false;
            while (!(dialect == Dialect.POSTGRESQL ? tryAdvisoryLock(c) : tryTableLock(c))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new SQLException("Another start of Cardfile has been bringing this database's tables up to"
                            + " date for more than " + PATIENCE.toMinutes() + " minutes; try again when it is done");
                }
                if (!told) {
                    LOG.log(Level.INFO, "Waiting for another start of Cardfile to finish bringing the tables up to date");
                    told = true;
                }
                sleep();
            }
            return new MigrationGuard(c, dialect);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static boolean tryAdvisoryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, ADVISORY_KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Locks the guard table for the transaction; false when Derby's lock wait ran out first. */
    private static boolean tryTableLock(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + DERBY_TABLE + " (ID INT NOT NULL PRIMARY KEY)");
        } catch (SQLException e) {
            if (!"X0Y32".equals(e.getSQLState())) { // made by an earlier start: what we want
                throw e;
            }
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE " + DERBY_TABLE + " IN EXCLUSIVE MODE");
            return true;
        } catch (SQLException e) {
            c.rollback();
            if ("40XL1".equals(e.getSQLState())) { // Derby's lock wait timed out: still held
                return false;
            }
            throw e;
        }
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for another start to finish migrating", e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connection) {
            if (dialect == Dialect.POSTGRESQL) {
                try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    s.setLong(1, ADVISORY_KEY);
                    s.execute();
                }
            } else {
                c.rollback();
            }
        }
    }
}
