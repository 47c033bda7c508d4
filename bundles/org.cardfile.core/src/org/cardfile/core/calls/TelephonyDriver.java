package org.cardfile.core.calls;

/**
 * A source of call events (simulator, SIP endpoint, Asterisk AMI client, HTTP webhook), registered
 * as an OSGi service so admins can see which drivers run and whether they are connected. A driver
 * delivers its events to the {@link CallEventSink} service.
 */
public interface TelephonyDriver {

    /** Short name used in events and logs, e.g. {@code sip}. */
    String name();

    /** One line for the admin: where it listens or what it is connected to, and its state. */
    String describe();

    boolean connected();
}
