package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.records.CustomerRecords;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.cards.ScheduledReminder;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.cards.internal.entity.CardEntity;
import org.cardfile.store.cards.internal.entity.CardReminderEntity;

/** The office's cards as lists: a customer's, the recent ones, my open reminders. */
final class CardLists {
    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final JpaCardTemplates templates;

    CardLists(PersistenceUnit store, SessionRegistry sessions, JpaCardTemplates templates) {
        this.store = store;
        this.sessions = sessions;
        this.templates = templates;
    }

    public List<CardSummary> forCustomer(Session session, long customerId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            CustomerRecords.find(em, s, customerId);
            return em.createQuery("SELECT c FROM CardEntity c WHERE c.customerId = :cu AND c.officeId = :o"
                    + " ORDER BY c.updatedAt DESC, c.id DESC", CardEntity.class).setParameter("cu", customerId)
                    .setParameter("o", s.officeId()).setMaxResults(MAX_LIST).getResultList().stream()
                    .map(c -> summary(templates, c)).toList();
        });
    }

    public List<CardSummary> recent(Session session, String templateId, int limit) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        boolean all = templateId == null || templateId.isBlank();
        return store.read(em -> (all
                ? em.createQuery("SELECT c FROM CardEntity c WHERE c.officeId = :o ORDER BY c.updatedAt DESC, c.id DESC",
                        CardEntity.class)
                : em.createQuery("SELECT c FROM CardEntity c WHERE c.officeId = :o AND c.templateId = :t"
                        + " ORDER BY c.updatedAt DESC, c.id DESC", CardEntity.class).setParameter("t", templateId))
                .setParameter("o", s.officeId()).setMaxResults(bounded(limit)).getResultList().stream()
                .map(c -> summary(templates, c)).toList());
    }

    public List<ScheduledReminder> myReminders(Session session) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            // the open ones are picked in SQL (DONE is a 0/1 flag), then read as entities in that order
            List<Long> ids = ((List<?>) em.createNativeQuery("SELECT ID FROM CARD_REMINDER WHERE OFFICE_ID = ?"
                    + " AND ASSIGNEE_ID = ? AND DONE = 0 ORDER BY DUE_AT, ID FETCH FIRST " + MAX_LIST + " ROWS ONLY")
                    .setParameter(1, s.officeId()).setParameter(2, s.employee().id()).getResultList()).stream()
                    .map(id -> ((Number) id).longValue()).toList();
            List<CardReminderEntity> open = ids.isEmpty() ? List.of()
                    : em.createQuery("SELECT r FROM CardReminderEntity r WHERE r.id IN :ids ORDER BY r.dueAt, r.id",
                            CardReminderEntity.class).setParameter("ids", ids).getResultList();
            Map<Long, CardSummary> cards = new HashMap<>();
            List<ScheduledReminder> result = new ArrayList<>();
            for (CardReminderEntity r : open) {
                CardSummary card = cards.computeIfAbsent(r.cardId, id -> summary(templates, em.find(CardEntity.class, id)));
                result.add(new ScheduledReminder(card, toRecord(r)));
            }
            return result;
        });
    }
}
