package org.cardfile.store.jpa.foundation.db;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import liquibase.plugin.Plugin;
import liquibase.servicelocator.ServiceLocator;

/**
 * Finds Liquibase's own databases, change types and parsers in its bundle, passing over any whose
 * classes cannot load here. Liquibase lists change types that need libraries we do not ship (its
 * {@code loadData} needs opencsv, which needs Commons BeanUtils); its standard locator gives up on the
 * whole list at the first such one, leaving not even {@code sqlFile}. Our change logs use none of them.
 */
final class LiquibaseServices implements ServiceLocator {
    private static final System.Logger LOG = System.getLogger(LiquibaseServices.class.getName());

    /** Ends the walk should a broken service file make the iterator fail without moving on. */
    private static final int MOST_FAILURES = 100;

    private final ClassLoader liquibase;

    LiquibaseServices(ClassLoader liquibase) {
        this.liquibase = liquibase;
    }

    @Override
    public int getPriority() {
        return Plugin.PRIORITY_SPECIALIZED;
    }

    @Override
    public <T> List<T> findInstances(Class<T> type) {
        List<T> found = new ArrayList<>();
        Iterator<T> services = ServiceLoader.load(type, liquibase).iterator();
        int failures = 0;
        while (failures < MOST_FAILURES) {
            try {
                if (!services.hasNext()) {
                    break;
                }
                found.add(services.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                LOG.log(Level.DEBUG, "A Liquibase " + type.getSimpleName() + " is passed over: it needs what is not"
                        + " installed", e);
            }
        }
        return found;
    }
}
