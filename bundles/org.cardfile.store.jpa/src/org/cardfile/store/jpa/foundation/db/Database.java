package org.cardfile.store.jpa.foundation.db;

import javax.sql.DataSource;

/**
 * The database the store runs on: where connections come from, which SQL dialect it speaks, and
 * how it is let go. The same entities, migrations and SQL run on every implementation.
 */
public sealed interface Database extends AutoCloseable permits DerbyDatabase, DerbyClientDatabase, PostgresDatabase {

    DataSource dataSource();

    Dialect dialect();

    /** Names the database in messages; never shows a password. */
    String description();

    /** Lets the database go: an embedded one is shut down, a server's is left running. */
    @Override
    void close();

    /** Opens the database {@code config} names; connections are made only when asked for. */
    static Database open(DatabaseConfig config) {
        String url = config.url();
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDatabase(config);
        } else if (url.startsWith("jdbc:derby://")) {
            return new DerbyClientDatabase(config);
        } else if (url.startsWith("jdbc:derby:")) {
            return DerbyDatabase.fromUrl(url);
        }
        throw new IllegalArgumentException("Unsupported database URL " + url + " in " + DatabaseConfig.URL_PROPERTY
                + ": use jdbc:postgresql://host:port/name, jdbc:derby://host:port/name or jdbc:derby:<folder>");
    }
}
