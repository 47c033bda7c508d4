package org.cardfile.core.calls;

/**
 * What the inbox did with an event.
 *
 * @param callId    the call entry the event belongs to
 * @param officeId  the office it was routed to
 * @param duplicate the event had been delivered before and was ignored
 */
public record InboxReceipt(long callId, long officeId, boolean duplicate) {
}
