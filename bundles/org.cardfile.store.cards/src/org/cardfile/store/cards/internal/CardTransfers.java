package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.records.ContactRecords;

import static org.cardfile.store.jpa.foundation.ColumnText.shorten;
import static org.cardfile.store.cards.internal.CardRows.*;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTransfer;
import org.cardfile.core.model.Channel;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.model.Office;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.cards.internal.entity.CardEntity;
import org.cardfile.store.cards.internal.entity.CardNoteEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;

import jakarta.persistence.EntityManager;

/** Send to Community: a copy of the card, with its notes, waiting in another office's incoming list. */
final class CardTransfers {
    private static final System.Logger LOG = System.getLogger(CardTransfers.class.getName());

    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final JpaCardTemplates templates;
    private final CallLedger ledger;

    CardTransfers(PersistenceUnit store, SessionRegistry sessions, JpaCardTemplates templates, CallLedger ledger) {
        this.store = store;
        this.sessions = sessions;
        this.templates = templates;
        this.ledger = ledger;
    }

    public CardTransfer sendToOffice(Session session, long cardId, long officeId, String note) {
        Session s = sessions.require(session, Permission.SEND_CARDS);
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_LIMIT - 400) {
            throw new ValidationException(List.of(new FieldError("note", "A transfer note takes at most "
                    + (NOTE_LIMIT - 400) + " characters.")));
        }
        if (cardId == 0) {
            throw new ValidationException(List.of(new FieldError("card", "Save the card before sending it.")));
        }
        CardTransfer transfer = store.write(em -> {
            CardEntity source = find(em, s, cardId);
            if (officeId == s.officeId()) {
                throw new ValidationException(List.of(new FieldError("officeId", "The card is already in "
                        + s.office().name() + "; choose another office.")));
            }
            OfficeEntity target = em.find(OfficeEntity.class, officeId);
            if (target == null) {
                throw new NotFoundException("Office " + officeId + " does not exist.");
            }
            String suffix = text.isEmpty() ? "" : ": " + text;
            Instant now = Instant.now();
            CardEntity copy = new CardEntity();
            copy.officeId = target.id;
            copy.templateId = source.templateId;
            copy.title = source.title;
            // offices do not share customer rows: the other office files the card under its own customer
            copy.customerId = null;
            CardKeys.of(source).applyTo(copy);
            copy.transferredFrom = s.office().name();
            copy.createdAt = now;
            copy.createdBy = s.employee().displayName();
            copy.updatedAt = now;
            copy.updatedBy = s.employee().displayName();
            copy.values.putAll(source.values);
            em.persist(copy);
            em.flush();
            for (CardNoteEntity n : noteRows(em, source.id)) {
                CardNoteEntity copied = new CardNoteEntity();
                copied.cardId = copy.id;
                copied.officeId = target.id;
                copied.writtenAt = n.writtenAt;
                copied.employeeId = n.employeeId;
                copied.employeeName = n.employeeName;
                copied.text = n.text;
                em.persist(copied);
            }
            note(em, source, s, "Sent to " + target.name + " by " + s.employee().displayName() + suffix);
            note(em, copy, s, "Received from " + s.office().name() + suffix);
            if (source.customerId != null) {
                ContactRecords.persist(em, s, new InteractionDraft(source.customerId, Channel.TRANSFER,
                        org.cardfile.core.model.Direction.OUTBOUND, "", "",
                        shorten("Card \"" + source.title + "\" sent to " + target.name + suffix, NOTE_LIMIT)), now);
            }
            em.flush();
            long callId = insertTransferEntry(em, s, source, copy, target, now);
            copy.callId = callId;
            return new CardTransfer(copy.id, callId, target.id, target.name);
        });
        LOG.log(Level.INFO, "Card {0} sent from office {1} to office {2} by {3} as card {4}", cardId, s.office().code(),
                transfer.officeName(), s.employee().login(), transfer.cardId());
        ledger.announce(transfer.callId());
        return transfer;
    }

    public List<Office> destinations(Session session) {
        Session s = sessions.require(session, Permission.SEND_CARDS);
        return store.read(em -> em.createQuery("SELECT o FROM OfficeEntity o WHERE o.id <> :own ORDER BY o.name",
                OfficeEntity.class).setParameter("own", s.officeId()).getResultList().stream()
                .map(o -> new Office(o.id, o.code, o.name, o.defaultRegion)).toList());
    }

    /** The other office's incoming-list entry for the card: untaken, so it waits in the live list. */
    private long insertTransferEntry(EntityManager em, Session s, CardEntity source, CardEntity copy, OfficeEntity target,
            Instant now) {
        CardLayout layout = templates.installed(em, s.officeId(), source.templateId).orElse(null);
        CardIdentity identity = layout == null ? null : CardIdentity.of(layout, source.values);
        String phone = identity == null ? "" : identity.phone();
        String ani = !copy.phoneE164.isEmpty() ? copy.phoneE164 : shorten(phone, 100);
        String name = identity == null || identity.displayName().isEmpty() ? source.title : identity.displayName();
        try {
            return ledger.addTransfer(connection(em), new CallLedger.CardArrival(target.id, ani, !copy.phoneE164.isEmpty(),
                    shorten(name, 200), shorten("Transfer from " + s.office().name(), 200), source.templateId, copy.id,
                    now));
        } catch (SQLException x) {
            throw new IllegalStateException("Could not put the card in " + target.name + "'s incoming list: "
                    + x.getMessage(), x);
        }
    }
}
