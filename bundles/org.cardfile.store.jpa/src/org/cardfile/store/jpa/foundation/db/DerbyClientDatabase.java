package org.cardfile.store.jpa.foundation.db;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A database of a Derby network server, reached with Derby's network client. The client jar is a
 * bundle of its own ({@value #CLIENT_BUNDLE}) that keeps its classes private, so its data source is
 * made through that bundle and configured through its bean setters.
 */
public final class DerbyClientDatabase implements Database {
    static final String CLIENT_BUNDLE = "derbyclient";
    private static final String DATA_SOURCE = "org.apache.derby.client.BasicClientDataSource";
    /** {@code jdbc:derby://host[:port]/name[;attributes]}. */
    private static final Pattern URL = Pattern.compile("jdbc:derby://([^:/]+|\\[[^\\]]+\\])(?::(\\d+))?/([^;]+)(?:;(.*))?");

    private final DataSource dataSource;
    private final String description;

    DerbyClientDatabase(DatabaseConfig config) {
        Matcher m = URL.matcher(config.url());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Derby network URL: " + config.url()
                    + " (expected jdbc:derby://host:port/name[;create=true])");
        }
        dataSource = newDataSource();
        set("setServerName", String.class, m.group(1));
        set("setPortNumber", int.class, m.group(2) == null ? 1527 : Integer.parseInt(m.group(2)));
        set("setDatabaseName", String.class, m.group(3));
        if (m.group(4) != null && !m.group(4).isBlank()) {
            set("setConnectionAttributes", String.class, m.group(4));
        }
        if (!config.user().isEmpty()) {
            set("setUser", String.class, config.user());
        }
        if (!config.password().isEmpty()) {
            set("setPassword", String.class, config.password());
        }
        description = "Derby network server database " + config;
    }

    private static DataSource newDataSource() {
        try {
            return (DataSource) clientClasses().loadClass(DATA_SOURCE).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Derby's network client could not be loaded: " + e, e);
        }
    }

    private interface ClassSource {
        Class<?> loadClass(String name) throws ClassNotFoundException;
    }

    /** The client bundle inside OSGi, the class path outside it. */
    private static ClassSource clientClasses() {
        Bundle own = FrameworkUtil.getBundle(DerbyClientDatabase.class);
        if (own == null || own.getBundleContext() == null) {
            return name -> Class.forName(name, true, DerbyClientDatabase.class.getClassLoader());
        }
        Bundle client = Arrays.stream(own.getBundleContext().getBundles())
                .filter(b -> CLIENT_BUNDLE.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A Derby network URL needs Derby's network client, bundle "
                        + CLIENT_BUNDLE + ", which is not installed"));
        return client::loadClass;
    }

    private void set(String setter, Class<?> type, Object value) {
        try {
            dataSource.getClass().getMethod(setter, type).invoke(dataSource, value);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Derby network client refused " + setter + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Derby network client has no " + setter + ": " + e, e);
        }
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
        return description;
    }

    /** The server keeps the database: nothing to shut down here. */
    @Override
    public void close() {
    }
}
