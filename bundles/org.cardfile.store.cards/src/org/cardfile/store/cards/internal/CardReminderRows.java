package org.cardfile.store.cards.internal;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.store.cards.internal.entity.CardEntity;
import org.cardfile.store.cards.internal.entity.CardReminderEntity;
import org.cardfile.store.jpa.foundation.entity.EmployeeEntity;

import jakarta.persistence.EntityManager;

/** A save's reminders: checked, turned into rows, compared with the stored ones for Field Changes. */
final class CardReminderRows {
    private CardReminderRows() {
    }

    /** A reminder as stored, to tell what a save changed about it. */
    record ReminderState(String kind, String title, boolean done, Instant due, int minutes, long assignee) {
        static ReminderState of(CardReminderEntity r) {
            return new ReminderState(ReminderKind.valueOf(r.kind).label(), r.title, r.done, r.dueAt, r.durationMinutes,
                    r.assigneeId);
        }

        /** Differs from {@code other} in more than being done or not. */
        boolean changedBesidesDone(ReminderState other) {
            return !new ReminderState(kind, title, other.done, due, minutes, assignee).equals(other);
        }
    }

    /** One Field Changes row about a reminder: the kind as the field, its title before and after. */
    record ReminderChange(String field, String before, String after) {
    }

    /** Field Changes rows for the reminders added, ticked off, changed or removed. */
    static List<ReminderChange> reminderChanges(Map<Long, ReminderState> before, List<CardReminderEntity> wanted) {
        List<ReminderChange> changes = new ArrayList<>();
        Set<Long> kept = new java.util.HashSet<>();
        for (CardReminderEntity r : wanted) {
            ReminderState now = ReminderState.of(r);
            ReminderState was = r.id == 0 ? null : before.get(r.id);
            if (was == null) {
                changes.add(new ReminderChange(now.kind(), "", now.title() + " — added" + (r.done ? ", done" : "")));
                continue;
            }
            kept.add(r.id);
            if (was.done() != now.done()) {
                changes.add(new ReminderChange(now.kind(), was.title(), now.title() + (r.done ? " — done" : " — reopened")));
            }
            if (was.changedBesidesDone(now)) {
                changes.add(new ReminderChange(now.kind(), was.title(), now.title() + " — changed"));
            }
        }
        before.forEach((id, was) -> {
            if (!kept.contains(id)) {
                changes.add(new ReminderChange(was.kind(), was.title(), was.title() + " — removed"));
            }
        });
        return changes;
    }

    static List<CardReminderEntity> reminders(EntityManager em, Session s, Card card, List<CardReminderEntity> stored,
            List<FieldError> errors) {
        Map<Long, CardReminderEntity> existing = new HashMap<>();
        stored.forEach(r -> existing.put(r.id, r));
        List<CardReminderEntity> rows = new ArrayList<>();
        for (int i = 0; i < card.reminders().size(); i++) {
            CardReminder r = card.reminders().get(i);
            String field = "reminders[" + i + "]";
            if (r.due() == null) {
                errors.add(new FieldError(field, "Enter when the " + r.kind().label().toLowerCase() + " is due."));
                continue;
            }
            if (r.title().isEmpty()) {
                errors.add(new FieldError(field, "Enter what the " + r.kind().label().toLowerCase() + " is about."));
                continue;
            }
            if (r.title().length() > 400) {
                errors.add(new FieldError(field, "A reminder's title takes at most 400 characters."));
                continue;
            }
            long assigneeId = r.assigneeId() == 0 ? s.employee().id() : r.assigneeId();
            EmployeeEntity assignee = em.find(EmployeeEntity.class, assigneeId);
            if (assignee == null || assignee.officeId != s.officeId()) {
                errors.add(new FieldError(field, "The reminder is assigned to someone who is not in " + s.office().name() + "."));
                continue;
            }
            CardReminderEntity row = r.id() != 0 && existing.containsKey(r.id()) ? existing.get(r.id())
                    : new CardReminderEntity();
            row.officeId = s.officeId();
            row.kind = r.kind().name();
            row.title = r.title();
            row.dueAt = r.due();
            row.durationMinutes = r.kind() == ReminderKind.APPOINTMENT ? r.durationMinutes() : 0;
            row.assigneeId = assigneeId;
            row.assigneeName = assignee.displayName;
            row.done = r.done();
            rows.add(row);
        }
        return rows;
    }

    /** The card's reminders become exactly these: kept ones keep their ids, dropped ones go. */
    static void replaceReminders(EntityManager em, CardEntity card, List<CardReminderEntity> wanted,
            List<CardReminderEntity> stored) {
        Set<Long> kept = new java.util.HashSet<>();
        for (CardReminderEntity r : wanted) {
            r.cardId = card.id;
            if (r.id == 0) {
                em.persist(r);
            } else {
                kept.add(r.id);
            }
        }
        for (CardReminderEntity old : stored) {
            if (!kept.contains(old.id) && !wanted.contains(old)) {
                em.remove(old);
            }
        }
    }
}
