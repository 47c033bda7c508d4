package org.cardfile.store.cards.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardMatch;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.cards.CardTransfer;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.cards.ScheduledReminder;
import org.cardfile.core.model.Office;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The office's cards: values by field id, a running log, reminders, filing under a customer,
 * matching, the call log and Send to Community. Every read and write is scoped to the session's
 * office; a card of another office does not exist for it.
 */
@Component(service = Cards.class, property = "service.ranking:Integer=-1")
public class OfficeCards implements Cards {
    private final CardOpening opening;
    private final CardSaving saving;
    private final CardNotes notes;
    private final CardLists lists;
    private final CardMatching matching;
    private final CardCallLog callLog;
    private final CardTransfers transfers;

    @Activate
    public OfficeCards(@Reference CardsStore cards, @Reference SessionRegistry sessions,
            @Reference JpaCardTemplates templates, @Reference CallLedger calls) {
        PhoneNumbers phones = new PhoneNumbers();
        this.opening = new CardOpening(cards.store(), sessions, templates, calls);
        this.saving = new CardSaving(cards.store(), sessions, templates, calls, phones);
        this.notes = new CardNotes(cards.store(), sessions);
        this.lists = new CardLists(cards.store(), sessions, templates);
        this.matching = new CardMatching(cards.store(), sessions, templates, phones);
        this.callLog = new CardCallLog(cards.store(), sessions, calls);
        this.transfers = new CardTransfers(cards.store(), sessions, templates, calls);
    }

    @Override
    public Card blank(Session session, String templateId, ZoneId zone) {
        return opening.blank(session, templateId, zone);
    }

    @Override
    public Card forCall(Session session, long callId, String templateId, ZoneId zone) {
        return opening.forCall(session, callId, templateId, zone);
    }

    @Override
    public Card get(Session session, long cardId) {
        return opening.get(session, cardId);
    }

    @Override
    public Card save(Session session, Card card) {
        return saving.save(session, card);
    }

    @Override
    public CardNote addNote(Session session, long cardId, String text) {
        return notes.addNote(session, cardId, text);
    }

    @Override
    public List<CardNote> notes(Session session, long cardId) {
        return notes.notes(session, cardId);
    }

    @Override
    public List<CardSummary> forCustomer(Session session, long customerId) {
        return lists.forCustomer(session, customerId);
    }

    @Override
    public List<CardSummary> recent(Session session, String templateId, int limit) {
        return lists.recent(session, templateId, limit);
    }

    @Override
    public List<ScheduledReminder> myReminders(Session session) {
        return lists.myReminders(session);
    }

    @Override
    public List<CardMatch> matches(Session session, String templateId, Map<String, String> values, long excludeCardId,
            int limit) {
        return matching.matches(session, templateId, values, excludeCardId, limit);
    }

    @Override
    public Card fillFrom(Session session, Card card, long otherCardId) {
        return matching.fillFrom(session, card, otherCardId);
    }

    @Override
    public List<CallLogEntry> callLog(Session session, long cardId) {
        return callLog.callLog(session, cardId);
    }

    @Override
    public CardTransfer sendToOffice(Session session, long cardId, long officeId, String note) {
        return transfers.sendToOffice(session, cardId, officeId, note);
    }

    @Override
    public List<Office> destinations(Session session) {
        return transfers.destinations(session);
    }
}
