package org.cardfile.store.jpa.foundation.db;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** An embedded Derby database in a folder: created when missing, shut down cleanly on close. */
public final class DerbyDatabase implements Database {
    private static final System.Logger LOG = System.getLogger(DerbyDatabase.class.getName());

    private final Path folder;
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    public DerbyDatabase(Path folder) {
        this.folder = folder.toAbsolutePath();
        dataSource.setDatabaseName(this.folder.toString());
        dataSource.setCreateDatabase("create");
    }

    /** {@code jdbc:derby:<folder>[;attributes]}: the folder; attributes are not taken. */
    static DerbyDatabase fromUrl(String url) {
        String rest = url.substring("jdbc:derby:".length());
        if (rest.startsWith("directory:")) {
            rest = rest.substring("directory:".length());
        }
        int attributes = rest.indexOf(';');
        String folder = attributes < 0 ? rest : rest.substring(0, attributes);
        if (folder.isBlank()) {
            throw new IllegalArgumentException("No database folder in " + url);
        }
        return new DerbyDatabase(Path.of(folder));
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Dialect dialect() {
        return Dialect.DERBY;
    }

    @Override
    public String description() {
        return "embedded Derby " + folder;
    }

    public Path folder() {
        return folder;
    }

    /** Shuts the database down so its files are consistent and another process may open them. */
    @Override
    public void close() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(folder.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a successful shutdown as SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Derby database " + folder + " did not shut down cleanly", e);
            }
        }
    }
}
