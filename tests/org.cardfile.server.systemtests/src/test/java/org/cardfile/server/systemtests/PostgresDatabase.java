package org.cardfile.server.systemtests;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database on the server the test command started (or named), for one server
 * process, dropped afterwards. Without a server the test fails and says how to get one.
 */
final class PostgresDatabase implements AutoCloseable {
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name = "cardfile_system_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresDatabase() throws SQLException {
        adminUrl = System.getProperty("cardfile.test.postgres", "");
        user = System.getProperty("cardfile.test.postgres.user", "");
        password = System.getProperty("cardfile.test.postgres.password", "");
        if (adminUrl.isBlank()) {
            fail("No PostgreSQL server for the networked tests: install PostgreSQL (apt-get install postgresql; the "
                    + "test command then starts a private one) or set CARDFILE_TEST_POSTGRES.");
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** The server's settings for this database, with the password in a file as the README advises. */
    Map<String, String> settings(Path dir) throws java.io.IOException {
        Path passwordFile = Files.writeString(dir.resolve("db-password"), password);
        URI admin = URI.create(adminUrl.substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + admin.getHost() + ":" + admin.getPort() + "/" + name;
        return Map.of("cardfile.db.url", url, "cardfile.db.user", user, "cardfile.db.passwordFile", passwordFile.toString());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
