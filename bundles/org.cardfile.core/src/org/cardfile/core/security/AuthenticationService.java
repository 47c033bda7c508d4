package org.cardfile.core.security;

/** Signs employees in against salted, slow password hashes. */
public interface AuthenticationService {

    /**
     * @return the session of the employee whose login and password match
     * @throws AuthenticationException with a message that does not reveal whether the login exists
     */
    Session signIn(String login, char[] password);

    void signOut(Session session);
}
