package org.cardfile.store.jpa.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.cardfile.store.jpa.internal.db.Database;
import org.cardfile.store.jpa.internal.db.DatabaseConfig;
import org.cardfile.store.jpa.internal.db.Migrations;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * The store's database: embedded Derby in the data folder (a stand-alone workbench), or the
 * database {@value DatabaseConfig#URL_PROPERTY} names (a Derby network server or PostgreSQL, shared
 * by a server or several workstations). Migrates it to the current schema and hands out
 * transactions.
 */
@Component(service = JpaStore.class)
public class JpaStore implements AutoCloseable {
    /** Framework or system property naming the user's data folder. */
    public static final String DATA_DIR_PROPERTY = "cardfile.data.dir";

    private static final System.Logger LOG = System.getLogger(JpaStore.class.getName());

    private final Database database;
    private final EntityManagerFactory factory;

    /** Framework properties, falling back to system properties: the database named there, or the embedded one. */
    @Activate
    public JpaStore(BundleContext context) {
        this(DatabaseConfig.fromProperties(context::getProperty, dataDir(context.getProperty(DATA_DIR_PROPERTY))),
                Migrations.latestVersion());
    }

    /** Opens the embedded database in {@code dataDir/db}, migrated up to {@code schemaVersion}. */
    public JpaStore(Path dataDir, int schemaVersion) {
        this(DatabaseConfig.embedded(dataDir.resolve("db")), schemaVersion);
    }

    /** Opens the database {@code config} names, migrated up to {@code schemaVersion}. */
    public JpaStore(DatabaseConfig config, int schemaVersion) {
        database = Database.open(config);
        int version;
        try {
            version = new Migrations(database, JpaStore.class.getClassLoader()).migrateTo(schemaVersion);
            Map<String, Object> properties = new HashMap<>();
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, database.dataSource());
            properties.put(PersistenceUnitProperties.CLASSLOADER, JpaStore.class.getClassLoader());
            // persistence.xml names Derby; the platform follows the database actually opened
            properties.put(PersistenceUnitProperties.TARGET_DATABASE, database.dialect().eclipseLinkTarget());
            factory = new PersistenceProvider().createEntityManagerFactory("cardfile", properties);
        } catch (RuntimeException e) {
            // release the database files so a fixed release (or another process) can open them
            LOG.log(Level.ERROR, "Cardfile database " + database.description() + " could not be opened", e);
            database.close();
            throw e;
        }
        LOG.log(Level.INFO, "Cardfile database {0} open at schema version {1}", database.description(), version);
    }

    static Path dataDir(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cardfile");
    }

    public Database database() {
        return database;
    }

    /** Runs the work in one transaction: everything it wrote is committed together, or nothing. */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Deactivate
    @Override
    public void close() {
        factory.close();
        database.close();
    }
}
