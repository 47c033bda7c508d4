package org.cardfile.server;

import java.util.Map;
import java.util.Optional;

/** Where the server finds the core service a call names. */
@FunctionalInterface
public interface ServiceDirectory {

    Optional<Object> find(Class<?> service);

    /** A fixed set of services, for embedding the server without a service registry. */
    static ServiceDirectory of(Map<Class<?>, Object> services) {
        return type -> Optional.ofNullable(services.get(type));
    }
}
