package org.cardfile.store.jpa.foundation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.security.Session;

/**
 * What another capability's store asks of the incoming-calls store about its call entries, inside
 * the asking store's own transaction (its connection), so a card and the call it answers commit or
 * roll back together. The calls store implements it; the cards store is the one that asks, and no
 * other store writes call entries.
 */
public interface CallLedger {

    /** The entry, when it is in the session's office's list; any other office's entry does not exist for it. */
    IncomingCall inOffice(Connection c, Session s, long callId) throws SQLException;

    /**
     * Links the office's entry to a card and, when {@code customerId} is not 0, files it under that
     * customer. Answers false, changing nothing, when the entry already carries another card (or
     * nothing would change).
     */
    boolean linkCard(Connection c, long officeId, long callId, long cardId, long customerId) throws SQLException;

    /**
     * Records whether the lead the office's entry brought was won, as its card's outcome says; only for
     * the card the entry opened. Answers whether that changed anything.
     */
    boolean markWon(Connection c, long officeId, long callId, long cardId, boolean won) throws SQLException;

    /**
     * The office's entries that belong to a card: opened it, filed under its customer (when not 0), or
     * dialled from its phone number (when not empty); newest first, at most {@code limit} of each kind.
     */
    List<IncomingCall> ofCard(Connection c, long officeId, long cardId, long customerId, String phoneE164, int limit)
            throws SQLException;

    /** Puts a card sent from another office in the receiving office's list, untaken; answers the entry's id. */
    long addTransfer(Connection c, CardArrival arrival) throws SQLException;

    /**
     * Tells the workstations that the entry changed, once the change is committed. A failure costs
     * them a refresh, not the caller its save: it is logged, not thrown.
     */
    void announce(long callId);

    /**
     * A card arriving in an office's list.
     *
     * @param ani the card's phone number, E.164 when {@code aniValid}
     * @param from what the list shows as the entry's source, e.g. "Transfer from Shelbyville"
     */
    record CardArrival(long officeId, String ani, boolean aniValid, String callerName, String from, String templateId,
            long cardId, Instant at) {
    }
}
