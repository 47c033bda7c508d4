package org.cardfile.store.jpa.foundation;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.cardfile.store.jpa.foundation.db.CapabilitySchema;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.jpa.foundation.db.DatabaseConfig;
import org.cardfile.store.jpa.foundation.db.Migrations;
import org.cardfile.store.jpa.foundation.db.StoreSchema;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The store's database: embedded Derby in the data folder (a stand-alone workbench), or the
 * database {@value DatabaseConfig#URL_PROPERTY} names (a Derby network server or PostgreSQL, shared
 * by a server or several workstations). Migrates the foundation's tables to the current schema,
 * applies the schema of each capability store that asks ({@link #migrate}), and hands out
 * transactions.
 */
@Component(service = JpaStore.class)
public class JpaStore implements AutoCloseable {
    /** Framework or system property naming the user's data folder. */
    public static final String DATA_DIR_PROPERTY = "cardfile.data.dir";

    private static final System.Logger LOG = System.getLogger(JpaStore.class.getName());

    private final Database database;
    private final Migrations migrations;
    private final PersistenceUnit unit;

    /** Framework properties, falling back to system properties: the database named there, or the embedded one. */
    @Activate
    public JpaStore(BundleContext context) {
        this(DatabaseConfig.fromProperties(context::getProperty, dataDir(context.getProperty(DATA_DIR_PROPERTY))));
    }

    /** Opens the embedded database in {@code dataDir/db}. */
    public JpaStore(Path dataDir) {
        this(DatabaseConfig.embedded(dataDir.resolve("db")));
    }

    /** Opens the database {@code config} names, with the foundation's tables at this release's version. */
    public JpaStore(DatabaseConfig config) {
        database = Database.open(config);
        migrations = new Migrations(database);
        int version;
        try {
            version = migrations.migrate(StoreSchema.schema());
            unit = openUnit("cardfile", JpaStore.class.getClassLoader());
        } catch (RuntimeException e) {
            // release the database files so a fixed release (or another process) can open them
            LOG.log(Level.ERROR, "Cardfile database " + database.description() + " could not be opened", e);
            database.close();
            throw e;
        }
        LOG.log(Level.INFO, "Cardfile database {0} open, store tables at version {1}", database.description(),
                version);
    }

    /**
     * Brings a capability's own tables up to this release's version. Capability stores call it when
     * they start, before they offer their services; a capability that builds on another's tables
     * starts after that one (its component references the other's), so steps run in dependency order.
     * One capability at a time: two starting at once do not race for the version table.
     */
    public synchronized int migrate(CapabilitySchema schema) {
        int version = migrations.migrate(schema);
        LOG.log(Level.INFO, "Cardfile database {0}: {1} tables at version {2}", database.description(),
                schema.capability(), version);
        return version;
    }

    /** The version this release brings a capability's tables to: the number of steps in its change log. */
    public int latestSchemaVersion(CapabilitySchema schema) {
        return migrations.latestVersion(schema);
    }

    /** The applied version of a capability's tables; 0 when it never ran here. */
    public int schemaVersion(String capability) {
        return migrations.currentVersion(capability);
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

    /**
     * Opens a persistence unit over this database: {@code name} as the {@code persistence.xml} that
     * {@code loader} finds declares it (a capability store passes its own bundle's class loader).
     * The caller closes it before this store closes.
     */
    public PersistenceUnit openUnit(String name, ClassLoader loader) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, database.dataSource());
        properties.put(PersistenceUnitProperties.CLASSLOADER, loader);
        // persistence.xml names Derby; the platform follows the database actually opened
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, database.dialect().eclipseLinkTarget());
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(name, properties);
        if (factory == null) {
            throw new IllegalStateException("No persistence unit " + name + " in " + loader);
        }
        return new PersistenceUnit(database, factory);
    }

    /** Runs the work in one transaction of the foundation's unit: committed together, or nothing. */
    public <T> T write(Function<EntityManager, T> work) {
        return unit.write(work);
    }

    public <T> T read(Function<EntityManager, T> work) {
        return unit.read(work);
    }

    @Deactivate
    @Override
    public void close() {
        unit.close();
        database.close();
    }
}
