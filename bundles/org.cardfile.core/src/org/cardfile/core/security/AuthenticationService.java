package org.cardfile.core.security;

/** Signs employees in against salted, slow password hashes. */
public interface AuthenticationService {

    /**
     * @return the session of the employee whose login and password match
     * @throws AuthenticationException with a message that does not reveal whether the login exists
     */
    Session signIn(String login, char[] password);

    void signOut(Session session);

    /**
     * The live session with this token, for a server that must check who is behind a connection
     * (a push channel) before anything is sent on it. Empty when signed out or never issued.
     */
    java.util.Optional<Session> session(String token);
}
