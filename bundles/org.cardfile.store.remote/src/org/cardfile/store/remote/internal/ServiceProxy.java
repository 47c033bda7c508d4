package org.cardfile.store.remote.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cardfile.core.service.ImportProgress;

/**
 * A core service interface whose every method is a call to the server. What a service refuses on
 * the server is thrown here as the same exception, so callers cannot tell the difference.
 */
public final class ServiceProxy implements InvocationHandler {
    private final Class<?> service;
    private final ServerConnection connection;
    private final Supplier<RuntimeException> refusal;

    private ServiceProxy(Class<?> service, ServerConnection connection, Supplier<RuntimeException> refusal) {
        this.service = service;
        this.connection = connection;
        this.refusal = refusal;
    }

    /** @param refusal what to throw instead of calling, while the workstation holds no seat (null: call) */
    public static <T> T of(Class<T> service, ServerConnection connection, Supplier<RuntimeException> refusal) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] { service },
                new ServiceProxy(service, connection, refusal)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "remote " + service.getSimpleName();
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        RuntimeException refused = refusal.get();
        if (refused != null) {
            throw refused;
        }
        List<Object> sent = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; args != null && i < args.length; i++) {
            if (types[i] == Reader.class) {
                sent.add(text((Reader) args[i]));
            } else if (types[i] == ImportProgress.class) {
                // progress of a remote import cannot be followed row by row; the server runs it whole
                sent.add(null);
            } else {
                sent.add(args[i]);
            }
        }
        return connection.call(service, method, sent);
    }

    private static String text(Reader reader) {
        try (reader) {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0;) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file to send: " + e.getMessage(), e);
        }
    }
}
