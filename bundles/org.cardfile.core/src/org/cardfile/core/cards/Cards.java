package org.cardfile.core.cards;

import java.util.List;

import org.cardfile.core.security.Session;

/**
 * The session's office's cards. Saving validates against the template with the office's custom
 * fields, audits every changed field (record type {@code CARD}) and files the card under a customer,
 * creating the customer from the card's name, phone, e-mail and address when there is none yet.
 */
public interface Cards {

    /**
     * A new, unsaved card of the template, with the rep, office, date and time filled in; the date
     * and time are those of {@code zone}, the workstation's time zone (the server's when null).
     */
    Card blank(Session session, String templateId, java.time.ZoneId zone);

    /**
     * A new, unsaved card for an entry of the incoming list, of the template its tracking number
     * names (or {@code templateId} when not empty), filled from the call and the caller's customer
     * record, its contact date and time in {@code zone} (the server's when null). For an entry that
     * carries a card (a transfer, or a call whose card was saved), that card.
     */
    Card forCall(Session session, long callId, String templateId, java.time.ZoneId zone);

    Card get(Session session, long cardId);

    /**
     * Creates or updates the card and its reminders.
     *
     * @throws org.cardfile.core.service.ValidationException  bad or missing values; nothing written
     * @throws org.cardfile.core.service.StaleRecordException the card changed since {@code card.version()}
     */
    Card save(Session session, Card card);

    /** Cards filed under the customer, newest first. */
    List<CardSummary> forCustomer(Session session, long customerId);

    /** The office's cards, newest first; of one template when {@code templateId} is not empty. */
    List<CardSummary> recent(Session session, String templateId, int limit);

    /** Appends to the card's running log as the session's employee, now. */
    CardNote addNote(Session session, long cardId, String text);

    /** The running log, oldest first. */
    List<CardNote> notes(Session session, long cardId);

    /**
     * Other cards of the office that look like the same person as these values (phone, e-mail, name,
     * address), best first. {@code excludeCardId} is the card being edited; 0 for a new one.
     */
    List<CardMatch> matches(Session session, String templateId, java.util.Map<String, String> values,
            long excludeCardId, int limit);

    /**
     * The card's values with the other card's values filled in where the same field (or the same
     * identity, such as the phone) is empty on this one. Nothing is saved.
     */
    Card fillFrom(Session session, Card card, long otherCardId);

    /** Every contact with the card's customer and calls from its phone number, newest first. */
    List<CallLogEntry> callLog(Session session, long cardId);

    /**
     * Send to Community: copies the saved card with its notes to another office, where it appears in
     * that office's incoming list tagged as a transfer. A note on both cards records the transfer.
     */
    CardTransfer sendToOffice(Session session, long cardId, long officeId, String note);

    /** The offices a card may be sent to: every office but the session's, by name. */
    List<org.cardfile.core.model.Office> destinations(Session session);

    /** Open follow-ups and appointments assigned to the session's employee, soonest first. */
    List<ScheduledReminder> myReminders(Session session);
}
