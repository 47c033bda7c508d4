package org.cardfile.store.jpa.internal;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.cardfile.core.model.Employee;
import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.EmployeeEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuthenticationService.class, property = "service.ranking:Integer=-1")
public class JpaAuthenticationService implements AuthenticationService {
    private static final System.Logger LOG = System.getLogger(JpaAuthenticationService.class.getName());
    private static final String REFUSED = "Unknown login or wrong password.";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the login does not exist, so timing does not tell logins apart. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not a password".toCharArray());

    private final JpaStore store;
    private final SessionRegistry sessions;
    private final PasswordHasher hasher = new PasswordHasher();

    @Activate
    public JpaAuthenticationService(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public Session signIn(String login, char[] password) {
        try {
            String name = login == null ? "" : login.strip();
            List<EmployeeEntity> found = store.read(em -> em.createQuery(
                    "SELECT e FROM EmployeeEntity e WHERE e.login = :l", EmployeeEntity.class)
                    .setParameter("l", name).getResultList());
            EmployeeEntity e = found.isEmpty() ? null : found.get(0);
            boolean matches = hasher.matches(password, e == null ? DUMMY_HASH : e.passwordHash);
            if (e == null || !matches || !e.active) {
                LOG.log(Level.WARNING, "Sign-in refused for login ''{0}''", name);
                throw new AuthenticationException(REFUSED);
            }
            Employee employee = Employees.toRecord(e);
            OfficeEntity office = store.read(em -> em.find(OfficeEntity.class, e.officeId));
            byte[] token = new byte[24];
            RANDOM.nextBytes(token);
            Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(token), employee,
                    Employees.toRecord(office), Instant.now());
            sessions.add(session);
            LOG.log(Level.INFO, "{0} signed in to {1}", name, office.name);
            return session;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public void signOut(Session session) {
        sessions.remove(session);
    }

    @Override
    public java.util.Optional<Session> session(String token) {
        return sessions.get(token);
    }
}
