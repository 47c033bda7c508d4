package org.cardfile.store.calls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.cardfile.store.jpa.foundation.db.Dialect;
import org.cardfile.store.jpa.foundation.db.Jdbc;

/**
 * Keeps the per-hour summaries ({@code CALL_HOUR}, {@code CALLER_HOUR}) in step with the calls, in the
 * transaction that changes a call: what the call added before the change is taken back and what it
 * adds after is added, whichever columns the change touched. What a call adds is read from the
 * {@code CALL_HOUR_SHARE} view, the one definition the migration's fill shares.
 */
public final class CallHours {
    private static final String FILL = "/db/call_hours_refill.sql";

    /** What one call adds to the summaries. */
    record Share(long officeId, long trackingNumberId, String caller, Timestamp hour, int answered, int missed,
            int returning, int card, int won) {
        boolean sameHour(Share other) {
            return other != null && officeId == other.officeId && trackingNumberId == other.trackingNumberId
                    && hour.equals(other.hour);
        }

        boolean sameCallerHour(Share other) {
            return sameHour(other) && caller.equals(other.caller);
        }
    }

    private final Dialect dialect;

    CallHours(Dialect dialect) {
        this.dialect = dialect;
    }

    /** What the call adds now; empty for a call to no tracking number. */
    Optional<Share> share(Connection c, long callId) throws SQLException {
        return Jdbc.first(c, "SELECT OFFICE_ID, TRACKING_NUMBER_ID, CALLER_NUMBER, HOUR_START, ANSWERED, MISSED,"
                + " RETURNING_CALL, CARD, WON FROM CALL_HOUR_SHARE WHERE CALL_ID = ?", rs -> new Share(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getTimestamp(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9)), callId);
    }

    /** Runs a change of one call and moves the summaries by what it changed. */
    <T> T changing(Connection c, long callId, Jdbc.Work<T> change) throws SQLException {
        Optional<Share> before = share(c, callId);
        T result = change.run(c);
        moved(c, before.orElse(null), share(c, callId).orElse(null));
        return result;
    }

    /** Adds a call just inserted. */
    void added(Connection c, long callId) throws SQLException {
        moved(c, null, share(c, callId).orElse(null));
    }

    void moved(Connection c, Share before, Share after) throws SQLException {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && before.sameHour(after)) {
            addToHour(c, after, 0, after.answered - before.answered, after.missed - before.missed,
                    after.returning - before.returning, after.card - before.card, after.won - before.won);
        } else {
            if (before != null) {
                addToHour(c, before, -1, -before.answered, -before.missed, -before.returning, -before.card,
                        -before.won);
            }
            if (after != null) {
                addToHour(c, after, 1, after.answered, after.missed, after.returning, after.card, after.won);
            }
        }
        if (after == null || !after.sameCallerHour(before)) {
            if (before != null) {
                callerLeft(c, before);
            }
            if (after != null) {
                callerCame(c, after);
            }
        }
    }

    private void addToHour(Connection c, Share key, int calls, int answered, int missed, int returning, int cards,
            int won) throws SQLException {
        Object[] update = { calls, answered, missed, returning, cards, won, key.officeId, key.trackingNumberId,
                key.hour };
        String sql = "UPDATE CALL_HOUR SET CALLS = CALLS + ?, ANSWERED = ANSWERED + ?, MISSED = MISSED + ?,"
                + " RETURNING_CALLS = RETURNING_CALLS + ?, CARDS = CARDS + ?, WON = WON + ?"
                + " WHERE OFFICE_ID = ? AND TRACKING_NUMBER_ID = ? AND HOUR_START = ?";
        if (Jdbc.update(c, sql, update) == 0) {
            insertAbsent(c, "INSERT INTO CALL_HOUR (OFFICE_ID, TRACKING_NUMBER_ID, HOUR_START, CALLS, ANSWERED, MISSED,"
                    + " RETURNING_CALLS, CARDS, WON) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0)", key.officeId, key.trackingNumberId,
                    key.hour);
            Jdbc.update(c, sql, update);
        }
        if (calls < 0) {
            Jdbc.update(c, "DELETE FROM CALL_HOUR WHERE OFFICE_ID = ? AND TRACKING_NUMBER_ID = ? AND HOUR_START = ?"
                + " AND CALLS = 0", key.officeId, key.trackingNumberId, key.hour);
        }
    }

    /** The caller's first call in this hour to this number links the hour into the caller's chain. */
    private void callerCame(Connection c, Share key) throws SQLException {
        if (Jdbc.update(c, "UPDATE CALLER_HOUR SET CALLS = CALLS + 1 WHERE " + CALLER_KEY, callerKey(key)) == 1) {
            return;
        }
        Timestamp previous = neighbour(c, key, "MAX", "<");
        if (!insertAbsent(c, "INSERT INTO CALLER_HOUR (OFFICE_ID, TRACKING_NUMBER_ID, CALLER_NUMBER, HOUR_START, CALLS,"
                + " PREVIOUS_HOUR) VALUES (?, ?, ?, ?, 1, ?)", key.officeId, key.trackingNumberId, key.caller, key.hour,
                previous == null ? Jdbc.Null.TIMESTAMP : previous)) {
            // another transaction added the hour first: count the call in its row
            Jdbc.update(c, "UPDATE CALLER_HOUR SET CALLS = CALLS + 1 WHERE " + CALLER_KEY, callerKey(key));
            return;
        }
        relinkNext(c, key, key.hour);
    }

    /** The caller's last call of this hour to this number gone: the hour leaves the chain. */
    private void callerLeft(Connection c, Share key) throws SQLException {
        Jdbc.update(c, "UPDATE CALLER_HOUR SET CALLS = CALLS - 1 WHERE " + CALLER_KEY, callerKey(key));
        Optional<EmptiedHour> emptied = Jdbc.first(c, "SELECT PREVIOUS_HOUR FROM CALLER_HOUR WHERE " + CALLER_KEY
                + " AND CALLS <= 0", rs -> new EmptiedHour(rs.getTimestamp(1)), callerKey(key));
        if (emptied.isPresent()) {
            Jdbc.update(c, "DELETE FROM CALLER_HOUR WHERE " + CALLER_KEY, callerKey(key));
            relinkNext(c, key, emptied.get().previous());
        }
    }

    /** A caller's hour left without calls, and the hour before it in the caller's chain (null for none). */
    private record EmptiedHour(Timestamp previous) {
    }

    private static final String CALLER_KEY = "OFFICE_ID = ? AND TRACKING_NUMBER_ID = ? AND CALLER_NUMBER = ?"
            + " AND HOUR_START = ?";

    private static Object[] callerKey(Share key) {
        return new Object[] { key.officeId, key.trackingNumberId, key.caller, key.hour };
    }

    /** The caller's next hour after this one now follows {@code previous}. */
    private void relinkNext(Connection c, Share key, Timestamp previous) throws SQLException {
        Timestamp next = neighbour(c, key, "MIN", ">");
        if (next != null) {
            Jdbc.update(c, "UPDATE CALLER_HOUR SET PREVIOUS_HOUR = ? WHERE " + CALLER_KEY,
                    previous == null ? Jdbc.Null.TIMESTAMP : previous, key.officeId, key.trackingNumberId, key.caller,
                    next);
        }
    }

    private static Timestamp neighbour(Connection c, Share key, String aggregate, String side) throws SQLException {
        return Jdbc.first(c, "SELECT " + aggregate + "(HOUR_START) FROM CALLER_HOUR WHERE OFFICE_ID = ?"
                + " AND TRACKING_NUMBER_ID = ? AND CALLER_NUMBER = ? AND HOUR_START " + side + " ?",
                rs -> rs.getTimestamp(1), key.officeId, key.trackingNumberId, key.caller, key.hour).orElse(null);
    }

    /**
     * Inserts a row unless one with its key is there; answers whether it did. PostgreSQL is told to
     * skip a duplicate (a failed statement would abort its transaction); Derby undoes only the failed
     * statement.
     */
    private boolean insertAbsent(Connection c, String insert, Object... parameters) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return Jdbc.update(c, insert + " ON CONFLICT DO NOTHING", parameters) == 1;
        }
        try {
            return Jdbc.update(c, insert, parameters) == 1;
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Empties the summaries and sums them again from every call, as the migration first did: after
     * calls were loaded around the store (a bulk import, the benchmark's history).
     */
    public static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM CALLER_HOUR");
            s.executeUpdate("DELETE FROM CALL_HOUR");
            for (String statement : fillStatements()) {
                s.executeUpdate(statement);
            }
        }
    }

    private static String[] fillStatements() throws SQLException {
        try (InputStream in = CallHours.class.getResourceAsStream(FILL)) {
            if (in == null) {
                throw new SQLException("The calls bundle has lost " + FILL);
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(script.split(";")).map(String::strip).filter(t -> !t.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new SQLException("Could not read " + FILL + ": " + e.getMessage(), e);
        }
    }
}
