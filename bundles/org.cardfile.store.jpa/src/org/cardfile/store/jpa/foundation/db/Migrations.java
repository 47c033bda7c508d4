package org.cardfile.store.jpa.foundation.db;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a capability's tables up to the schema this release expects with Liquibase, one recorded
 * change set at a time, so a database created by an older release is upgraded in place and keeps its
 * data. Each capability has its own change log and its own record of applied steps (Liquibase's
 * {@value #HISTORY}, the capability's name as the file name), so a capability installed later starts
 * at its step 1 on a database long in use. Steps an earlier release recorded in its own tables are
 * marked as run, with the time they ran, before anything is applied.
 */
public final class Migrations {
    /** Liquibase's record of the applied change sets. */
    static final String HISTORY = "DATABASECHANGELOG";

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    /**
     * How Liquibase runs here. It finds its databases, change types and parsers in its own bundle
     * ({@link LiquibaseServices}), so nothing depends on the thread's class loader or on start levels. It
     * reports usage over the network unless told not to, which a workstation must not; and what it
     * prints goes to the log.
     */
    private static final Map<String, Object> SCOPE = Map.of(Scope.Attr.classLoader.name(),
            Liquibase.class.getClassLoader(), Scope.Attr.serviceLocator.name(),
            new LiquibaseServices(Liquibase.class.getClassLoader()), "liquibase.analytics.enabled", Boolean.FALSE,
            Scope.Attr.ui.name(), new LoggerUIService());

    private final DataSource dataSource;
    private final Dialect dialect;

    public Migrations(Database database) {
        this.dataSource = database.dataSource();
        this.dialect = database.dialect();
    }

    /** Applies every step of the capability that is not applied yet; answers its version now. */
    public int migrate(CapabilitySchema schema) {
        try (MigrationGuard guard = MigrationGuard.take(dataSource, dialect);
                Connection c = dataSource.getConnection()) {
            try {
                return inLiquibase(() -> update(c, schema));
            } catch (Exception e) {
                // a failed step is rolled back, and Derby closes no connection with work still open
                rollback(c, e);
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not bring the " + schema.capability()
                    + " tables up to this release's version: " + e.getMessage(), e);
        }
    }

    /** The number of steps in the capability's change log: the version this release brings it to. */
    public int latestVersion(CapabilitySchema schema) {
        try (Connection c = dataSource.getConnection()) {
            return inLiquibase(() -> {
                int latest = changeSets(liquibase(c, schema), schema).size();
                c.commit();
                return latest;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the change log of " + schema.capability() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs Liquibase work in our scope. Liquibase builds its root scope on first use from the thread's
     * context class loader, which under OSGi is whatever the caller's bundle is and cannot see
     * Liquibase's own services ("Cannot find default log service"); so the work runs with Liquibase's
     * loader as the context, whichever call comes first.
     */
    private static <T> T inLiquibase(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try {
            return Scope.child(SCOPE, work);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The capability's applied version; 0 when none of its steps is applied. */
    public int currentVersion(String capability) {
        try (Connection c = dataSource.getConnection()) {
            return applied(c, capability);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema version of " + capability + ": "
                    + e.getMessage(), e);
        }
    }

    private int update(Connection c, CapabilitySchema schema) throws LiquibaseException, SQLException {
        Liquibase liquibase = liquibase(c, schema);
        releaseLeftOverLocks(liquibase);
        List<ChangeSet> steps = changeSets(liquibase, schema);
        int applied = applied(c, schema.capability());
        if (applied > steps.size()) {
            throw new IllegalStateException("The database's " + schema.capability() + " tables are at version "
                    + applied + ", newer than this release knows (" + steps.size()
                    + "): use the release that wrote them, or a newer one");
        }
        List<EarlierReleaseSteps.Step> earlier = EarlierReleaseSteps.of(c, dialect, schema.capability());
        c.commit();
        if (applied < earlier.size()) {
            carryOver(c, liquibase, schema, earlier, applied);
        }
        liquibase.update(new Contexts(), new LabelExpression());
        int version = applied(c, schema.capability());
        c.commit(); // Liquibase turns auto-commit off, and Derby refuses to close a connection with a read open
        LOG.log(Level.DEBUG, "{0} tables at version {1}", schema.capability(), version);
        return version;
    }

    /** Marks the steps an earlier release applied as run, dated when that release ran them. */
    private void carryOver(Connection c, Liquibase liquibase, CapabilitySchema schema,
            List<EarlierReleaseSteps.Step> earlier, int applied) throws LiquibaseException, SQLException {
        LOG.log(Level.INFO, "Recording the {0} steps 1 to {1} an earlier release applied as run", schema.capability(),
                earlier.size());
        for (int i = applied; i < earlier.size(); i++) {
            liquibase.markNextChangeSetRan(new Contexts(), new LabelExpression());
        }
        try (PreparedStatement date = c.prepareStatement("UPDATE " + HISTORY
                + " SET DATEEXECUTED = ? WHERE FILENAME = ? AND ID = ?")) {
            for (EarlierReleaseSteps.Step step : earlier) {
                date.setTimestamp(1, Timestamp.from(step.appliedAt()));
                date.setString(2, schema.capability());
                date.setString(3, Integer.toString(step.version()));
                date.executeUpdate();
            }
        }
        c.commit();
    }

    /**
     * Clears Liquibase's lock row when it is set: holding the guard, we know its writer is gone (a start
     * killed while migrating), and leaving it would refuse every start from now on.
     */
    private static void releaseLeftOverLocks(Liquibase liquibase) throws LiquibaseException {
        DatabaseChangeLogLock[] locks = liquibase.listLocks();
        if (locks.length > 0) {
            for (DatabaseChangeLogLock lock : locks) {
                LOG.log(Level.WARNING, "Releasing the schema lock {0} took at {1}: that start stopped before it finished",
                        lock.getLockedBy(), lock.getLockGranted());
            }
            liquibase.forceReleaseLocks();
        }
    }

    /** The change log's steps, checked to be the capability's own and numbered 1, 2, 3, … */
    private static List<ChangeSet> changeSets(Liquibase liquibase, CapabilitySchema schema) throws LiquibaseException {
        DatabaseChangeLog log = liquibase.getDatabaseChangeLog();
        List<ChangeSet> steps = log.getChangeSets();
        for (int i = 0; i < steps.size(); i++) {
            ChangeSet step = steps.get(i);
            if (!step.getId().equals(Integer.toString(i + 1)) || !step.getAuthor().equals(schema.capability())
                    || !step.getFilePath().equals(schema.capability())) {
                throw new IllegalStateException("Change set " + (i + 1) + " of " + schema.changeLog() + " is "
                        + step.getFilePath() + "::" + step.getId() + "::" + step.getAuthor() + "; the steps of "
                        + schema.capability() + " are " + schema.capability() + "::1::" + schema.capability()
                        + ", ::2::, … (logicalFilePath and author the capability's name, ids counting from 1)");
            }
        }
        return steps;
    }

    private static Liquibase liquibase(Connection c, CapabilitySchema schema) throws LiquibaseException {
        liquibase.database.Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(c));
        if (database instanceof DerbyDatabase derby) {
            // the store shuts its embedded database down itself, when it closes
            derby.setShutdownEmbeddedDerby(false);
        }
        return new Liquibase(schema.changeLog(), resources(schema), database);
    }

    private static ResourceAccessor resources(CapabilitySchema schema) {
        Bundle bundle = FrameworkUtil.getBundle(schema.owner());
        return bundle != null ? new OSGiResourceAccessor(bundle)
                : new ClassLoaderResourceAccessor(schema.owner().getClassLoader());
    }

    private int applied(Connection c, String capability) throws SQLException {
        if (!EarlierReleaseSteps.exists(c, dialect, HISTORY)) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + HISTORY + " WHERE FILENAME = ?")) {
            s.setString(1, capability);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
