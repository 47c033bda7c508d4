package org.cardfile.store.jpa.foundation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Plain JDBC for the parts of the store that need exact SQL: conditional updates that decide a
 * race, inserts that rely on a unique key for idempotency, index-only reads. Every call takes the
 * connection it runs on, so several make one transaction.
 */
public final class Jdbc {
    /** SQLState of a unique-key violation in Derby and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code work} in one transaction; {@code what} names it in the error. */
    public <T> T transaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
            return rows;
        }
    }

    public static <T> Optional<T> first(Connection c, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(reader.read(rs)) : Optional.empty();
            }
        }
    }

    public static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    /**
     * Inserts one row and answers the identity the database gave it. The key column is named as the
     * catalogue keeps it: PostgreSQL's driver quotes the name it is given, and folds nothing.
     */
    public static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        String id = c.getMetaData().storesLowerCaseIdentifiers() ? "id" : "ID";
        try (PreparedStatement s = c.prepareStatement(sql, new String[] { id })) {
            bind(s, parameters);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            bind(s, parameters);
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof Boolean b) {
                s.setShort(i + 1, (short) (b ? 1 : 0));
            } else if (p instanceof Null n) {
                s.setNull(i + 1, n.sqlType());
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    /** A typed SQL NULL parameter: {@code setObject(null)} is refused by some drivers. */
    public record Null(int sqlType) {
        public static final Null BIGINT = new Null(java.sql.Types.BIGINT);
        public static final Null TIMESTAMP = new Null(java.sql.Types.TIMESTAMP);
        public static final Null VARCHAR = new Null(java.sql.Types.VARCHAR);
        public static final Null DECIMAL = new Null(java.sql.Types.DECIMAL);
    }
}
