package org.cardfile.store.jpa.foundation.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Which database the store opens: a JDBC URL with the user and password to connect as. Read from
 * framework (or system) properties by {@link #fromProperties}; the password is never shown by
 * {@link #toString()}.
 *
 * @param url      {@code jdbc:derby:<folder>} (embedded), {@code jdbc:derby://host:port/name[;attrs]}
 *                 (Derby network server) or {@code jdbc:postgresql://host:port/name[?params]}
 * @param user     user to connect as, empty for the database's default
 * @param password the user's password, empty for none
 */
public record DatabaseConfig(String url, String user, String password) {
    public static final String URL_PROPERTY = "cardfile.db.url";
    public static final String USER_PROPERTY = "cardfile.db.user";
    public static final String PASSWORD_PROPERTY = "cardfile.db.password";
    /** A file holding the password, so that a server need not name it on its command line. */
    public static final String PASSWORD_FILE_PROPERTY = "cardfile.db.passwordFile";

    public DatabaseConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A database URL is required");
        }
        url = url.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    /** The embedded Derby database in {@code folder}, created when missing. */
    public static DatabaseConfig embedded(Path folder) {
        return new DatabaseConfig("jdbc:derby:" + folder.toAbsolutePath(), "", "");
    }

    /**
     * The database the properties name; without {@value #URL_PROPERTY}, the embedded Derby
     * database in {@code dataDir/db}.
     */
    public static DatabaseConfig fromProperties(UnaryOperator<String> properties, Path dataDir) {
        String url = properties.apply(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            return embedded(dataDir.resolve("db"));
        }
        String password = properties.apply(PASSWORD_PROPERTY);
        String passwordFile = properties.apply(PASSWORD_FILE_PROPERTY);
        if ((password == null || password.isEmpty()) && passwordFile != null && !passwordFile.isBlank()) {
            password = readPassword(Path.of(passwordFile.strip()));
        }
        return new DatabaseConfig(url, properties.apply(USER_PROPERTY), password);
    }

    private static String readPassword(Path file) {
        try {
            // the first line: a file written by an editor or echo ends with a line break
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).replaceAll("\r$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database password from " + PASSWORD_FILE_PROPERTY
                    + " " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return url + (user.isEmpty() ? "" : " as " + user);
    }
}
