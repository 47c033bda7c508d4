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
    private final Runnable reseat;

    private ServiceProxy(Class<?> service, ServerConnection connection, Supplier<RuntimeException> refusal,
            Runnable reseat) {
        this.service = service;
        this.connection = connection;
        this.refusal = refusal;
        this.reseat = reseat;
    }

    /**
     * @param refusal what to throw instead of calling, while the workstation holds no seat (null: call)
     * @param reseat  takes a seat again when the server no longer knows this workstation's (it
     *                restarted, or the workstation was away); the call is then made once more
     */
    public static <T> T of(Class<T> service, ServerConnection connection, Supplier<RuntimeException> refusal,
            Runnable reseat) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] { service },
                new ServiceProxy(service, connection, refusal, reseat)));
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
        Object result;
        try {
            result = connection.call(service, method, sent);
        } catch (org.cardfile.rpc.SeatsExhaustedException lostSeat) {
            reseat.run();
            RuntimeException still = refusal.get();
            if (still != null) {
                throw still;
            }
            result = connection.call(service, method, sent);
        }
        if (result instanceof org.cardfile.core.security.Session session) {
            connection.signedIn(session.token());
        } else if (service == org.cardfile.core.security.AuthenticationService.class && method.getName().equals("signOut")) {
            connection.signedOut();
        }
        return result;
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
