package org.cardfile.core.calls;

/**
 * Where telephony drivers deliver what they see. The inbox behind it persists every event before
 * anything else happens, so a driver that got a receipt may forget the event.
 */
public interface CallEventSink {

    /**
     * Persists, routes and broadcasts the event. Delivering an event that was delivered before
     * (same driver, session and sequence) changes nothing and answers {@link InboxReceipt#duplicate()}.
     *
     * @throws InvalidCallEventException the event cannot be stored (no session id, sequence below 1);
     *                                   the message says why
     */
    InboxReceipt accept(CallEvent event);
}
