package org.cardfile.rpc;

/** The server's HTTP paths. */
public final class Paths {
    /** POST {@code CALL + service + "/" + method}, body: the arguments as a JSON array. */
    public static final String CALL = "/api/call/";
    /** POST, body {@link Registration}: a workstation takes a seat of its office. */
    public static final String REGISTER = "/api/workstations";
    /** GET with header {@link #CLIENT_HEADER}: server-sent events for the workstation's office. */
    public static final String EVENTS = "/api/events";
    /** The client id a workstation got at registration; every call carries it. */
    public static final String CLIENT_HEADER = "X-Cardfile-Client";
    /** The token of the session signed in at the workstation; the push channel opens only with one. */
    public static final String SESSION_HEADER = "X-Cardfile-Session";
    /** The shared secret of telephony drivers delivering call events from another host. */
    public static final String DRIVER_HEADER = "X-Cardfile-Driver-Token";

    private Paths() {
    }
}
