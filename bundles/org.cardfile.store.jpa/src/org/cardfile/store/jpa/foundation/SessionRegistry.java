package org.cardfile.store.jpa.foundation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.osgi.service.component.annotations.Component;

/**
 * The sessions that are signed in. A service call with a session not issued here (or signed out)
 * is refused, so a forged or stale {@link Session} value is worth nothing.
 */
@Component(service = SessionRegistry.class)
public class SessionRegistry {
    private final Map<String, Session> live = new ConcurrentHashMap<>();

    public void add(Session session) {
        live.put(session.token(), session);
    }

    public java.util.Optional<Session> get(String token) {
        return token == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(live.get(token));
    }

    public void remove(Session session) {
        live.remove(session.token());
    }

    /** The live session, checked to hold the permission. */
    public Session require(Session session, Permission permission) {
        Session known = session == null ? null : live.get(session.token());
        if (known == null || !known.equals(session)) {
            throw new AccessDeniedException("Your session has ended; sign in again.");
        }
        known.require(permission);
        return known;
    }
}
