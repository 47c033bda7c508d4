package org.cardfile.store.reports.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * A connection that runs only what {@link ReportQueryScope} lets through, confined to one office.
 * Everything reached from it (statements, result sets, metadata) is wrapped the same way, so no path
 * leads back to the unchecked connection: not {@code getConnection()}, not {@code unwrap}. Result
 * columns are named in capitals on every database.
 */
public final class ScopedConnection {
    /** Methods whose first argument is SQL to be run. */
    private static final Set<String> QUERIES = Set.of("prepareStatement", "execute", "executeQuery", "addBatch",
            "nativeSQL");
    /** Methods that change data or run procedures; a report needs none. */
    private static final Set<String> REFUSED = Set.of("prepareCall", "executeUpdate", "executeLargeUpdate",
            "setSavepoint", "createBlob", "createClob", "createNClob", "createSQLXML", "createArrayOf", "createStruct");
    private static final Set<Class<?>> WRAPPED = Set.of(Connection.class, Statement.class, PreparedStatement.class,
            CallableStatement.class, ResultSet.class, DatabaseMetaData.class, ResultSetMetaData.class);
    /**
     * Column names as a layout sees them: PostgreSQL folds unquoted names to lower case, Derby to upper;
     * the reporting views are documented in capitals, so a layout written on one runs on the other.
     */
    private static final Set<String> COLUMN_NAMES = Set.of("getColumnLabel", "getColumnName");

    private ScopedConnection() {
    }

    /** The office's view of {@code raw}; closing it closes {@code raw}. */
    public static Connection of(Connection raw, ReportQueryScope scope) {
        return (Connection) wrap(raw, Connection.class, scope);
    }

    private static Object wrap(Object target, Class<?> type, ReportQueryScope scope) {
        return Proxy.newProxyInstance(ScopedConnection.class.getClassLoader(), new Class<?>[] { type },
                new Membrane(target, scope));
    }

    private record Membrane(Object target, ReportQueryScope scope) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
            case "unwrap":
                throw new SQLFeatureNotSupportedException("A report's connection does not unwrap.");
            case "isWrapperFor":
                return false;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "office-scoped " + target;
            default:
                break;
            }
            if (name.equals("close") && target instanceof Connection c && !c.isClosed() && !c.getAutoCommit()) {
                // the run only read; Derby refuses to close a connection with its transaction open
                c.rollback();
            }
            if (REFUSED.contains(name)) {
                throw new RefusedQueryException("a report cannot " + name + ".");
            }
            // a prepared statement's own execute() takes no SQL: its SQL was confined when it was prepared
            if (QUERIES.contains(name) && args != null && args.length > 0 && args[0] instanceof String sql) {
                args[0] = scope.confine(sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof ResultSetMetaData && COLUMN_NAMES.contains(name) && result instanceof String column) {
                return column.toUpperCase(Locale.ROOT);
            }
            Class<?> returned = method.getReturnType();
            if (result != null && WRAPPED.contains(returned)) {
                return wrap(result, mostSpecific(result, returned), scope);
            }
            return result;
        }

        private static Class<?> mostSpecific(Object result, Class<?> declared) {
            if (declared == Statement.class && result instanceof PreparedStatement) {
                return PreparedStatement.class;
            }
            return declared;
        }
    }
}
