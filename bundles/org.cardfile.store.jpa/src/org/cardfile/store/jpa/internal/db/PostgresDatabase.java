package org.cardfile.store.jpa.internal.db;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/** A PostgreSQL database, reached with the PostgreSQL JDBC driver. */
public final class PostgresDatabase implements Database {
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final String description;

    PostgresDatabase(DatabaseConfig config) {
        // the driver parses host, port, database and any ?parameters of the URL itself
        dataSource.setURL(config.url());
        if (!config.user().isEmpty()) {
            dataSource.setUser(config.user());
        }
        if (!config.password().isEmpty()) {
            dataSource.setPassword(config.password());
        }
        if (dataSource.getApplicationName() == null || dataSource.getApplicationName().startsWith("PostgreSQL JDBC")) {
            dataSource.setApplicationName("Cardfile");
        }
        description = "PostgreSQL database " + config;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String description() {
        return description;
    }

    /** The server keeps the database; connections are closed by whoever took them. */
    @Override
    public void close() {
    }
}
