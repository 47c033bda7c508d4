package org.cardfile.store.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.cardfile.store.jpa.foundation.db.DatabaseConfig;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one fixture, on one of the kinds the store runs on, removed (a
 * PostgreSQL one) when closed.
 */
public final class TestDatabase implements AutoCloseable {
    /** Where a fixture's database lives. */
    public enum Kind {
        DERBY, POSTGRESQL
    }

    /** URL of a PostgreSQL maintenance database ({@code …/postgres}) whose user may create databases. */
    public static final String POSTGRES_URL = "cardfile.test.postgres";
    public static final String POSTGRES_USER = "cardfile.test.postgres.user";
    public static final String POSTGRES_PASSWORD = "cardfile.test.postgres.password";

    /** What closing does to the database: nothing, or drop it. */
    public interface Removal {
        void remove() throws SQLException;
    }

    private final String name;
    private final DatabaseConfig config;
    private final Removal removal;

    public TestDatabase(String name, DatabaseConfig config, Removal removal) {
        this.name = name;
        this.config = config;
        this.removal = removal;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            removal.remove();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    public static TestDatabase create(Kind kind, String name) throws Exception {
        return switch (kind) {
            case DERBY -> derby(name);
            case POSTGRESQL -> postgres(name);
        };
    }

    /** Embedded Derby in a new folder under target/stores. */
    public static TestDatabase derby(String name) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "stores")), name + "-");
        // the folder stays under target/ for a look after a failure
        return new TestDatabase(dir.toString(), DatabaseConfig.embedded(dir.resolve("db")), () -> {
        });
    }

    /**
     * A new database {@code cardfile_test_<random>} on the PostgreSQL server {@value #POSTGRES_URL}
     * names, dropped on close. Without the property the test fails: these tests are not to be
     * skipped silently.
     */
    public static TestDatabase postgres(String name) throws SQLException {
        String url = System.getProperty(POSTGRES_URL, "");
        if (url.isBlank()) {
            throw new IllegalStateException("The PostgreSQL variants of the store tests need a PostgreSQL server."
                    + " Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) and run releng/scripts/cardfile test,"
                    + " which starts a private server for the run, or pass -D" + POSTGRES_URL
                    + "=jdbc:postgresql://host:port/postgres with -D" + POSTGRES_USER + " and -D" + POSTGRES_PASSWORD
                    + " naming a user that may create databases.");
        }
        String user = System.getProperty(POSTGRES_USER, "");
        String password = System.getProperty(POSTGRES_PASSWORD, "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user);
        admin.setPassword(password);
        String database = "cardfile_test_" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "CREATE DATABASE " + database + " ENCODING 'UTF8'");
        DatabaseConfig config = new DatabaseConfig(url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database),
                user, password);
        return new TestDatabase(database, config,
                () -> execute(admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    private static void execute(PGSimpleDataSource server, String sql) throws SQLException {
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
