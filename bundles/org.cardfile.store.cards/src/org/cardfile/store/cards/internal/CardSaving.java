package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.records.CustomerRecords;
import org.cardfile.store.jpa.foundation.records.FieldDiff;

import org.cardfile.store.jpa.foundation.records.StaleMessages;

import static org.cardfile.store.jpa.foundation.ColumnText.shorten;
import static org.cardfile.store.cards.internal.CardRows.*;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardOutcome;
import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldText;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.cards.internal.entity.CardEntity;
import org.cardfile.store.cards.internal.entity.CardReminderEntity;

import jakarta.persistence.EntityManager;

/**
 * Saves a card: checks it against its template and the office's fields, keeps its fixed fields the
 * store's, files it under a customer, records every change in Field Changes and links the call it
 * answers, all in one transaction. A save that lost a race is refused as stale.
 */
final class CardSaving {
    private static final System.Logger LOG = System.getLogger(CardSaving.class.getName());

    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final JpaCardTemplates templates;
    private final CallLedger ledger;
    private final PhoneNumbers phones;
    private final CardFiling filing;

    CardSaving(PersistenceUnit store, SessionRegistry sessions, JpaCardTemplates templates, CallLedger ledger,
            PhoneNumbers phones) {
        this.store = store;
        this.sessions = sessions;
        this.templates = templates;
        this.ledger = ledger;
        this.phones = phones;
        this.filing = new CardFiling(phones);
    }

    /** What a save did, for the broadcast after the commit. */
    private record Saved(Card card, long changedCallId) {
    }

    public Card save(Session session, Card card) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        if (card == null) {
            throw new IllegalArgumentException("No card to save.");
        }
        Saved saved;
        try {
            saved = store.write(em -> write(em, s, card));
        } catch (RuntimeException e) {
            if (StaleMessages.isOptimisticLock(e)) {
                // someone committed between our version check and our flush or commit
                StaleRecordException stale = staleCard(s, card);
                LOG.log(Level.INFO, "Card save refused for {0} in office {1}: {2}", s.employee().login(),
                        s.office().code(), stale.getMessage());
                throw stale;
            }
            LOG.log(Level.INFO, "Card save refused for {0} in office {1}: {2}", s.employee().login(), s.office().code(),
                    e.getMessage());
            throw e;
        }
        if (saved.changedCallId() != 0) {
            ledger.announce(saved.changedCallId());
        }
        return saved.card();
    }

    /** The refusal of a save that lost a race, naming who saved the card in between when that can be read. */
    private StaleRecordException staleCard(Session s, Card card) {
        if (!card.isNew()) {
            try {
                CardEntity now = store.read(em -> find(em, s, card.id()));
                return StaleMessages.changedSince("The card " + now.title, now.updatedBy, now.updatedAt);
            } catch (RuntimeException unreadable) {
                // the refusal itself matters more than the name in it
            }
        }
        return StaleMessages.changedSince("The card", "another user", null);
    }

    private Saved write(EntityManager em, Session s, Card card) {
        CardLayout layout = templates.layout(em, s.officeId(), card.templateId());
        CardEntity e;
        IncomingCall call = null;
        if (card.isNew()) {
            e = new CardEntity();
            e.officeId = s.officeId();
            e.templateId = layout.id();
            e.createdAt = Instant.now();
            e.createdBy = s.employee().displayName();
            e.callId = card.callId() == 0 ? null : card.callId();
            if (e.callId != null) {
                call = callOf(em, s, e.callId);
                if (call.cardId() != 0) {
                    throw callHasCard(em, call.cardId());
                }
            }
        } else {
            e = find(em, s, card.id());
            if (e.version != card.version()) {
                throw StaleMessages.changedSince("The card " + e.title, e.updatedBy, e.updatedAt);
            }
            if (!e.templateId.equals(card.templateId())) {
                throw new ValidationException(List.of(new FieldError("templateId", "A saved card keeps its template ("
                        + templates.name(e.templateId) + ").")));
            }
            if (e.callId != null) {
                call = callOf(em, s, e.callId);
            }
        }
        Map<String, FieldDefinition> known = knownFields(em, s.officeId(), layout);
        Map<String, String> values = cleaned(card.values(), known);
        fixValues(em, s, layout, card, e, call, values);
        List<FieldError> errors = new ArrayList<>(CardValidator.validate(layout, values, e.values));
        for (String id : values.keySet()) {
            if (!known.containsKey(id) && !e.values.containsKey(id)) {
                errors.add(new FieldError(id, id + " is not a field of " + layout.name() + "."));
            } else if (!layout.field(id).isPresent() && values.get(id).length() > FieldDefinition.STORE_LIMIT) {
                errors.add(new FieldError(id, label(known, id) + " takes at most " + FieldDefinition.STORE_LIMIT
                        + " characters."));
            }
        }
        List<CardReminderEntity> stored = card.isNew() ? List.of() : reminderRows(em, card.id());
        // taken before the kept rows are updated in place
        Map<Long, CardReminderRows.ReminderState> remindersBefore = new HashMap<>();
        stored.forEach(r -> remindersBefore.put(r.id, CardReminderRows.ReminderState.of(r)));
        List<CardReminderEntity> reminders = CardReminderRows.reminders(em, s, card, stored, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<CardReminderRows.ReminderChange> reminderChanges = CardReminderRows.reminderChanges(remindersBefore, reminders);
        CardIdentity identity = CardIdentity.of(layout, values);
        Set<String> ids = new LinkedHashSet<>(known.keySet());
        ids.addAll(new TreeMap<>(e.values).keySet());
        ids.addAll(values.keySet());
        Map<String, String> before = snapshot(known, ids, e.values);
        Map<String, String> after = snapshot(known, ids, values);
        boolean changed = card.isNew() || !before.equals(after) || !reminderChanges.isEmpty();

        long customerId = e.customerId != null ? e.customerId : card.customerId();
        if (customerId != 0) {
            CustomerRecords.find(em, s, customerId);
        } else if (identity.namesSomeone()) {
            customerId = filing.fileUnderCustomer(em, s, layout, identity);
        }
        String customerBefore = "";
        String customerAfter = "";
        if (e.customerId == null || e.customerId != customerId) {
            customerBefore = e.customerId == null ? "" : customerName(em, e.customerId);
            customerAfter = customerId == 0 ? "" : customerName(em, customerId);
            e.customerId = customerId == 0 ? null : customerId;
            changed = true;
        }
        e.values.clear();
        e.values.putAll(values);
        e.title = shorten(layout.titleOf(values), 400);
        CardKeys.of(identity, s.office().defaultRegion(), phones).applyTo(e);
        if (changed) {
            // a change of reminders or filing alone is a change of the card too: its version moves on,
            // so an editor still holding the old one is refused rather than undoing it
            e.updatedAt = Instant.now();
            e.updatedBy = s.employee().displayName();
        }
        if (card.isNew()) {
            em.persist(e);
        }
        em.flush();
        FieldDiff.record(em, s, RecordType.CARD, e.id, before, after);
        Instant now = Instant.now();
        if (!customerBefore.equals(customerAfter)) {
            em.persist(FieldDiff.change(s, RecordType.CARD, e.id, now, "Customer", customerBefore, customerAfter));
        }
        for (CardReminderRows.ReminderChange change : reminderChanges) {
            em.persist(FieldDiff.change(s, RecordType.CARD, e.id, now, change.field(), change.before(), change.after()));
        }
        CardReminderRows.replaceReminders(em, e, reminders, stored);
        long changedCall = e.callId == null ? 0 : fileCall(em, s, e, card.isNew());
        if (e.callId != null) {
            markWon(em, s, e);
        }
        em.flush();
        return new Saved(toRecord(em, e), changedCall);
    }

    /**
     * Puts the card's fixed fields out of the client's reach: a saved card keeps what it stored
     * (only a call length still empty is filled in once the call has ended); a new card gets them
     * again from its call, or for a blank card from the moment it is created.
     */
    private void fixValues(EntityManager em, Session s, CardLayout layout, Card card, CardEntity e, IncomingCall call,
            Map<String, String> values) {
        List<FieldDefinition> fixed = layout.fields().filter(f -> f.kind() == FieldKind.FIXED).toList();
        if (fixed.isEmpty()) {
            return;
        }
        Map<String, String> recomputed;
        if (card.isNew()) {
            Instant contact = call != null ? call.startedAt() : e.createdAt;
            ZoneId zone = clientZone(layout, values, contact);
            recomputed = CardOpening.prefill(s, call, call == null ? null : CardOpening.callersCustomer(em, s, call), e.createdAt, zone)
                    .values(layout);
        } else {
            recomputed = new HashMap<>();
            for (FieldDefinition f : fixed) {
                String stored = e.values.getOrDefault(f.id(), "");
                if (stored.isEmpty() && f.source() == FieldSource.CALL_DURATION && call != null && call.endedAt() != null) {
                    stored = CardOpening.prefill(s, call, null, Instant.now(), null).values(layout).getOrDefault(f.id(), "");
                }
                recomputed.put(f.id(), stored);
            }
        }
        for (FieldDefinition f : fixed) {
            String value = recomputed.getOrDefault(f.id(), "");
            if (value.isEmpty()) {
                values.remove(f.id());
            } else {
                values.put(f.id(), value);
            }
        }
    }

    /**
     * The UTC offset the workstation showed a new card's contact date and time in, read from what it
     * sent against when the contact was; the server's zone when that cannot be told. The offset is
     * rounded up to the quarter hour, so the time stored is the contact's (or, for a blank card, a
     * moment between opening and saving it) on the workstation's clock, never a time the client chose.
     */
    private static ZoneId clientZone(CardLayout layout, Map<String, String> values, Instant contact) {
        Optional<FieldDefinition> time = layout.fieldFor(FieldSource.CONTACT_TIME);
        Optional<FieldDefinition> date = layout.fieldFor(FieldSource.CONTACT_DATE);
        try {
            java.time.LocalDateTime sent;
            String t = time.map(f -> values.getOrDefault(f.id(), "")).orElse("");
            String d = date.map(f -> values.getOrDefault(f.id(), "")).orElse("");
            if (time.isPresent() && time.get().type() == FieldType.DATETIME && !t.isEmpty()) {
                sent = java.time.LocalDateTime.parse(t);
            } else if (date.isPresent() && date.get().type() == FieldType.DATETIME && !d.isEmpty()) {
                sent = java.time.LocalDateTime.parse(d);
            } else if (!t.isEmpty() && !d.isEmpty()) {
                sent = java.time.LocalDate.parse(d).atTime(java.time.LocalTime.parse(t));
            } else {
                return ZoneId.systemDefault();
            }
            long seconds = java.time.Duration.between(java.time.LocalDateTime.ofInstant(contact, java.time.ZoneOffset.UTC),
                    sent).getSeconds();
            long quarter = 15 * 60;
            long offset = Math.ceilDiv(seconds, quarter) * quarter;
            if (offset < -12 * 3600 || offset > 14 * 3600) {
                return ZoneId.systemDefault();
            }
            return java.time.ZoneOffset.ofTotalSeconds((int) offset);
        } catch (java.time.DateTimeException unreadable) {
            return ZoneId.systemDefault();
        }
    }

    private IncomingCall callOf(EntityManager em, Session s, long callId) {
        try {
            return ledger.inOffice(connection(em), s, callId);
        } catch (SQLException x) {
            throw new IllegalStateException("Could not read the call " + callId + ": " + x.getMessage(), x);
        }
    }

    /** The refusal of a new card for a call that another card already answered. */
    private static StaleRecordException callHasCard(EntityManager em, long otherCardId) {
        CardEntity other = em.find(CardEntity.class, otherCardId);
        String who = other == null || other.createdBy.isEmpty() ? "someone else" : other.createdBy;
        return new StaleRecordException("This call's card was already saved by " + who + "; open it from the call.");
    }

    /** The template's fields and every office field of it, retired ones too: their values stay on the cards. */
    private Map<String, FieldDefinition> knownFields(EntityManager em, long officeId, CardLayout layout) {
        Map<String, FieldDefinition> known = new LinkedHashMap<>();
        layout.fields().forEach(f -> known.put(f.id(), f));
        for (FieldDefinition f : templates.custom(em, officeId, layout.id(), true)) {
            known.putIfAbsent(f.id(), f);
        }
        return known;
    }

    /** Empty values are "not filled in" and not stored; one-line values lose surrounding blanks. */
    private static Map<String, String> cleaned(Map<String, String> raw, Map<String, FieldDefinition> known) {
        Map<String, String> values = new TreeMap<>();
        raw.forEach((id, value) -> {
            if (value != null && !value.isBlank()) {
                FieldDefinition f = known.get(id);
                values.put(id, f != null && f.type() == FieldType.MEMO ? value.stripTrailing() : value.strip());
            }
        });
        return values;
    }

    /** Field label → readable value, the form Field Changes shows; the id tells apart two fields of the same label. */
    private static Map<String, String> snapshot(Map<String, FieldDefinition> known, Set<String> ids,
            Map<String, String> values) {
        Map<String, String> s = new LinkedHashMap<>();
        Set<String> labels = new java.util.HashSet<>();
        for (String id : ids) {
            FieldDefinition f = known.get(id);
            String name = f == null ? id : f.label();
            if (!labels.add(name)) {
                name = name + " (" + id + ")";
            }
            String value = values.getOrDefault(id, "");
            // FIELD_CHANGE.FIELD is 100 wide
            s.put(shorten(name, 100), f == null ? value : FieldText.display(f, value));
        }
        return s;
    }

    private static String label(Map<String, FieldDefinition> known, String id) {
        FieldDefinition f = known.get(id);
        return f == null ? id : f.label();
    }

    /** The call's lead counts as won while the card's outcome says so (the advertising report's figure). */
    private void markWon(EntityManager em, Session s, CardEntity e) {
        try {
            ledger.markWon(connection(em), s.officeId(), e.callId, e.id, CardOutcome.won(e.values));
        } catch (SQLException x) {
            throw new IllegalStateException("Could not count the card " + e.id + "'s outcome for its call " + e.callId
                    + ": " + x.getMessage(), x);
        }
    }

    /**
     * Links the entry the card was opened from to the card and files it under the card's customer,
     * as saving a customer from a call does. Answers the entry's id when that changed it. An entry
     * that already carries another card keeps it: a new card for it is refused.
     */
    private long fileCall(EntityManager em, Session s, CardEntity e, boolean newCard) {
        Connection c = connection(em);
        try {
            long customer = e.customerId == null ? 0 : e.customerId;
            if (ledger.linkCard(c, s.officeId(), e.callId, e.id, customer)) {
                return e.callId;
            }
            IncomingCall call = ledger.inOffice(c, s, e.callId);
            if (newCard && call.cardId() != e.id) {
                // another card was saved for the call since this one's checks: this one is rolled back
                throw callHasCard(em, call.cardId());
            }
            return 0;
        } catch (SQLException x) {
            throw new IllegalStateException("Could not link the call " + e.callId + " to the card: " + x.getMessage(), x);
        }
    }
}
