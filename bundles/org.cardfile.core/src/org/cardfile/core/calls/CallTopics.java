package org.cardfile.core.calls;

/**
 * Event Admin topics on which call changes are broadcast to every workstation. Each event carries
 * {@link #OFFICE_ID} and {@link #CALL_ID}; a workstation shows only its own office's.
 */
public final class CallTopics {
    /** A call entry was created or changed (status, taken, disposition, customer). */
    public static final String CHANGED = "cardfile/calls/changed";
    /** All call topics, for subscribing. */
    public static final String ALL = "cardfile/calls/*";

    public static final String OFFICE_ID = "officeId";
    public static final String CALL_ID = "callId";
    public static final String STATUS = "status";
    public static final String TAKEN_BY = "takenBy";

    private CallTopics() {
    }
}
