package org.cardfile.store.cards.internal;

import static org.cardfile.store.jpa.foundation.ColumnText.shorten;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.model.Customer;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.store.cards.internal.entity.CardEntity;
import org.cardfile.store.cards.internal.entity.CardNoteEntity;
import org.cardfile.store.cards.internal.entity.CardReminderEntity;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;

import jakarta.persistence.EntityManager;

/** The card rows as records, and the reads every part of the card store shares. */
final class CardRows {
    static final int NOTE_LIMIT = FieldDefinition.STORE_LIMIT;
    static final int MAX_LIST = 500;

    private CardRows() {
    }

    static int bounded(int limit) {
        return limit <= 0 ? MAX_LIST : Math.min(limit, MAX_LIST);
    }

    static CardNoteEntity note(EntityManager em, CardEntity card, Session s, String text) {
        CardNoteEntity n = new CardNoteEntity();
        n.cardId = card.id;
        n.officeId = card.officeId;
        n.writtenAt = Instant.now();
        n.employeeId = s.employee().id();
        n.employeeName = s.employee().displayName();
        n.text = shorten(text, NOTE_LIMIT);
        em.persist(n);
        return n;
    }

    static List<CardNoteEntity> noteRows(EntityManager em, long cardId) {
        return em.createQuery("SELECT n FROM CardNoteEntity n WHERE n.cardId = :c ORDER BY n.writtenAt, n.id",
                CardNoteEntity.class).setParameter("c", cardId).getResultList();
    }

    static String customerName(EntityManager em, long customerId) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        return c == null ? "" : Customer.displayName(c.firstName, c.lastName, c.company);
    }

    /** The transaction's own connection, so the call-entry statements commit or roll back with the card. */
    static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("The card store needs a transaction's connection and has none");
        }
        return c;
    }

    static CardEntity find(EntityManager em, Session s, long cardId) {
        CardEntity e = em.find(CardEntity.class, cardId);
        if (e == null || e.officeId != s.officeId()) {
            throw new NotFoundException("Card " + cardId + " does not exist in " + s.office().name() + ".");
        }
        return e;
    }

    static List<CardReminderEntity> reminderRows(EntityManager em, long cardId) {
        return em.createQuery("SELECT r FROM CardReminderEntity r WHERE r.cardId = :c ORDER BY r.dueAt, r.id",
                CardReminderEntity.class).setParameter("c", cardId).getResultList();
    }

    static Card toRecord(EntityManager em, CardEntity e) {
        return new Card(e.id, e.version, e.officeId, e.templateId, e.customerId == null ? 0 : e.customerId,
                e.callId == null ? 0 : e.callId, new TreeMap<>(e.values),
                reminderRows(em, e.id).stream().map(CardRows::toRecord).toList(), e.transferredFrom, e.createdAt,
                e.createdBy, e.updatedAt, e.updatedBy);
    }

    static CardReminder toRecord(CardReminderEntity r) {
        return new CardReminder(r.id, ReminderKind.valueOf(r.kind), r.title, r.dueAt, r.durationMinutes, r.assigneeId,
                r.assigneeName, r.done);
    }

    static CardNote toRecord(CardNoteEntity n) {
        return new CardNote(n.id, n.cardId, n.writtenAt, n.employeeId, n.employeeName, n.text);
    }

    static CardSummary summary(JpaCardTemplates templates, CardEntity c) {
        return new CardSummary(c.id, c.templateId, templates.name(c.templateId), c.title,
                c.customerId == null ? 0 : c.customerId, c.updatedAt, c.updatedBy, c.transferredFrom);
    }
}
