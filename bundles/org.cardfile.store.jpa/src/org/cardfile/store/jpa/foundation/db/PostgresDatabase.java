package org.cardfile.store.jpa.foundation.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database, reached with the PostgreSQL JDBC driver through a connection pool: a new
 * PostgreSQL connection costs an authentication round trip, and search as you type asks several
 * queries per keystroke.
 */
public final class PostgresDatabase implements Database {
    private static final int POOL_SIZE = 16;
    private final PGSimpleDataSource driver = new PGSimpleDataSource();
    private final HikariDataSource dataSource;
    private final String description;

    PostgresDatabase(DatabaseConfig config) {
        // the driver parses host, port, database and any ?parameters of the URL itself
        driver.setURL(config.url());
        if (!config.user().isEmpty()) {
            driver.setUser(config.user());
        }
        if (!config.password().isEmpty()) {
            driver.setPassword(config.password());
        }
        if (driver.getApplicationName() == null || driver.getApplicationName().startsWith("PostgreSQL JDBC")) {
            driver.setApplicationName("Cardfile");
        }
        description = "PostgreSQL database " + config;
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(driver);
        pool.setPoolName("Cardfile " + config);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        // connections are made when first asked for, so a server that is down is reported by the first query
        pool.setInitializationFailTimeout(-1);
        dataSource = new HikariDataSource(pool);
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

    /** The server keeps the database; the pool's connections are closed. */
    @Override
    public void close() {
        dataSource.close();
    }
}
