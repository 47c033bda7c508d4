package org.cardfile.core.calls;

import java.util.Collection;
import java.util.List;

import org.cardfile.core.security.Session;

/**
 * The session's office's incoming list. Changes are broadcast on {@link CallTopics#CHANGED}, so a
 * workstation re-reads the entry named by the event instead of polling.
 */
public interface IncomingCalls {

    /** Calls that are ringing or in progress, and those that ended in the last {@code recentMinutes}, newest first. */
    List<IncomingCall> live(Session session, int recentMinutes);

    /** Missed and abandoned calls nobody has dealt with, newest first. */
    List<IncomingCall> triage(Session session);

    IncomingCall get(Session session, long callId);

    /**
     * Takes the call for the session's employee. Of simultaneous picks exactly one wins; the
     * others get {@link CallAlreadyTakenException} naming the winner. Picking a call one already
     * took answers it again.
     */
    IncomingCall pick(Session session, long callId);

    /** Files the call under a customer record (after the rep saved a new or existing customer). */
    IncomingCall fileUnder(Session session, long callId, long customerId);

    /** Gives missed calls a disposition in one go; they leave the triage list. */
    int dispose(Session session, Collection<Long> callIds, Disposition disposition);
}
