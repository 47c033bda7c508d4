package org.cardfile.store.jpa.internal;

import static org.cardfile.store.jpa.internal.ColumnText.shorten;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardMatch;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardPrefill;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.cards.CardTransfer;
import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldText;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.cards.ScheduledReminder;
import org.cardfile.core.model.Address;
import org.cardfile.core.model.Channel;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.model.Office;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.internal.calls.CallBroadcaster;
import org.cardfile.store.jpa.internal.calls.CallEntries;
import org.cardfile.store.jpa.internal.db.Jdbc;
import org.cardfile.store.jpa.internal.entity.CardEntity;
import org.cardfile.store.jpa.internal.entity.CardNoteEntity;
import org.cardfile.store.jpa.internal.entity.CardReminderEntity;
import org.cardfile.store.jpa.internal.entity.CustomerEntity;
import org.cardfile.store.jpa.internal.entity.EmployeeEntity;
import org.cardfile.store.jpa.internal.entity.InteractionEntity;
import org.cardfile.store.jpa.internal.entity.OfficeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The office's cards: values by field id, a running log, reminders, filing under a customer,
 * matching, the call log and Send to Community. Every read and write is scoped to the session's
 * office; a card of another office does not exist for it.
 */
@Component(service = Cards.class, property = "service.ranking:Integer=-1")
public class JpaCards implements Cards {
    private static final System.Logger LOG = System.getLogger(JpaCards.class.getName());
    private static final int NOTE_LIMIT = FieldDefinition.STORE_LIMIT;
    private static final int MAX_LIST = 500;
    /** Candidates read per identity key when matching; enough to rank, bounded for a shared office line. */
    private static final int CANDIDATES_PER_KEY = 200;

    /*
     * Match scores. A phone number or e-mail address names one person (households aside), so either
     * alone outranks everything else; a full name is a strong hint, an address a household, a last
     * name alone only a weak one. Scores add up, so a card sharing phone and name ranks above one
     * sharing the phone only.
     */
    static final int SCORE_PHONE = 100;
    static final int SCORE_EMAIL = 100;
    static final int SCORE_FULL_NAME = 50;
    static final int SCORE_ADDRESS = 40;
    static final int SCORE_LAST_NAME = 20;

    private final JpaStore store;
    private final SessionRegistry sessions;
    private final JpaCardTemplates templates;
    private final CallBroadcaster broadcaster;
    private final Jdbc jdbc;
    private final PhoneNumbers phones = new PhoneNumbers();
    private final CustomerValidator customerValidator = new CustomerValidator(phones);

    @Activate
    public JpaCards(@Reference JpaStore store, @Reference SessionRegistry sessions, @Reference JpaCardTemplates templates,
            @Reference CallBroadcaster broadcaster) {
        this.store = store;
        this.sessions = sessions;
        this.templates = templates;
        this.broadcaster = broadcaster;
        this.jdbc = new Jdbc(store.database().dataSource());
    }

    // ---- opening -------------------------------------------------------------------------------

    @Override
    public Card blank(Session session, String templateId, ZoneId zone) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        return store.read(em -> {
            CardLayout layout = templates.offeredLayout(em, s, templateId);
            Map<String, String> values = prefill(s, null, null, Instant.now(), zone).values(layout);
            return new Card(0, 0, s.officeId(), layout.id(), 0, 0, values, List.of(), "", null, "", null, "");
        });
    }

    @Override
    public Card forCall(Session session, long callId, String templateId, ZoneId zone) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        IncomingCall call = jdbc.transaction("read the call", c -> CallEntries.inOffice(c, s, callId));
        if (call.cardId() != 0) {
            return get(s, call.cardId());
        }
        String chosen = templateId != null && !templateId.isBlank() ? templateId : call.source().cardTemplate();
        if (chosen == null || chosen.isBlank()) {
            throw new NotFoundException("The number " + (call.dnis().isEmpty() ? "dialled" : call.dnis())
                    + " names no card template; choose the card to fill in.");
        }
        return store.read(em -> {
            CardLayout layout = templates.offeredLayout(em, s, chosen);
            Customer customer = callersCustomer(em, s, call);
            long customerId = customer == null ? 0 : customer.id();
            Map<String, String> values = prefill(s, call, customer, Instant.now(), zone).values(layout);
            return new Card(0, 0, s.officeId(), layout.id(), customerId, call.id(), values, List.of(), "", null, "", null,
                    "");
        });
    }

    /** The office's customer the call is filed under or its caller was matched to; null when none. */
    private static Customer callersCustomer(EntityManager em, Session s, IncomingCall call) {
        long customerId = call.customerId() != 0 ? call.customerId() : call.caller().customerId();
        if (customerId != 0) {
            CustomerEntity found = em.find(CustomerEntity.class, customerId);
            if (found != null && found.officeId == s.officeId()) {
                return CustomerFields.toRecord(found);
            }
        }
        return null;
    }

    private static CardPrefill prefill(Session s, IncomingCall call, Customer customer, Instant now, ZoneId zone) {
        return new CardPrefill(call, customer, s.employee().displayName(), s.office().name(), now,
                zone == null ? ZoneId.systemDefault() : zone);
    }

    @Override
    public Card get(Session session, long cardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> toRecord(em, find(em, s, cardId)));
    }

    // ---- saving --------------------------------------------------------------------------------

    /** What a save did, for the broadcast after the commit. */
    private record Saved(Card card, long changedCallId) {
    }

    @Override
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
            broadcastCall(saved.changedCallId(), saved.card().id(), s);
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
        Map<Long, ReminderState> remindersBefore = new HashMap<>();
        stored.forEach(r -> remindersBefore.put(r.id, ReminderState.of(r)));
        List<CardReminderEntity> reminders = reminders(em, s, card, stored, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<ReminderChange> reminderChanges = reminderChanges(remindersBefore, reminders);
        CardIdentity identity = CardIdentity.of(layout, values);
        Set<String> ids = new LinkedHashSet<>(known.keySet());
        ids.addAll(new TreeMap<>(e.values).keySet());
        ids.addAll(values.keySet());
        Map<String, String> before = snapshot(known, ids, e.values);
        Map<String, String> after = snapshot(known, ids, values);
        boolean changed = card.isNew() || !before.equals(after) || !reminderChanges.isEmpty();

        long customerId = e.customerId != null ? e.customerId : card.customerId();
        if (customerId != 0) {
            JpaCustomerRepository.find(em, s, customerId);
        } else if (identity.namesSomeone()) {
            customerId = fileUnderCustomer(em, s, layout, identity);
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
        for (ReminderChange change : reminderChanges) {
            em.persist(FieldDiff.change(s, RecordType.CARD, e.id, now, change.field(), change.before(), change.after()));
        }
        replaceReminders(em, e, reminders, stored);
        long changedCall = e.callId == null ? 0 : fileCall(em, s, e, card.isNew());
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
            recomputed = prefill(s, call, call == null ? null : callersCustomer(em, s, call), e.createdAt, zone)
                    .values(layout);
        } else {
            recomputed = new HashMap<>();
            for (FieldDefinition f : fixed) {
                String stored = e.values.getOrDefault(f.id(), "");
                if (stored.isEmpty() && f.source() == FieldSource.CALL_DURATION && call != null && call.endedAt() != null) {
                    stored = prefill(s, call, null, Instant.now(), null).values(layout).getOrDefault(f.id(), "");
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

    private static IncomingCall callOf(EntityManager em, Session s, long callId) {
        try {
            return CallEntries.inOffice(connection(em), s, callId);
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

    private static String customerName(EntityManager em, long customerId) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        return c == null ? "" : Customer.displayName(c.firstName, c.lastName, c.company);
    }

    /** A reminder as stored, to tell what a save changed about it. */
    private record ReminderState(String kind, String title, boolean done, Instant due, int minutes, long assignee) {
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
    private record ReminderChange(String field, String before, String after) {
    }

    /** Field Changes rows for the reminders added, ticked off, changed or removed. */
    private static List<ReminderChange> reminderChanges(Map<Long, ReminderState> before, List<CardReminderEntity> wanted) {
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

    /**
     * The customer a new card is filed under: one of the office's customers with the card's phone
     * or e-mail, else a new customer made from the card's identity, numbered and audited like one
     * typed in the customer editor.
     */
    private long fileUnderCustomer(EntityManager em, Session s, CardLayout layout, CardIdentity identity) {
        Optional<PhoneNumbers.Normalised> phone = identity.phone().isEmpty() ? Optional.empty()
                : phones.normalise(identity.phone(), s.office().defaultRegion());
        if (phone.isPresent()) {
            List<Long> byPhone = em.createQuery("SELECT p.customer.id FROM CustomerPhoneEntity p WHERE p.officeId = :o"
                    + " AND p.e164 = :e ORDER BY p.customer.id", Long.class).setParameter("o", s.officeId())
                    .setParameter("e", phone.get().e164()).setMaxResults(1).getResultList();
            if (!byPhone.isEmpty()) {
                return byPhone.get(0);
            }
        }
        if (!identity.email().isEmpty()) {
            List<Long> byEmail = em.createQuery("SELECT m.customer.id FROM CustomerEmailEntity m WHERE m.officeId = :o"
                    + " AND m.addressKey = :k ORDER BY m.customer.id", Long.class).setParameter("o", s.officeId())
                    .setParameter("k", Keys.lower(identity.email())).setMaxResults(1).getResultList();
            if (!byEmail.isEmpty()) {
                return byEmail.get(0);
            }
        }
        // a phone the card accepts but libphonenumber does not is left off the customer rather than refusing the card
        List<Phone> customerPhones = phone.map(n -> List.of(new Phone(PhoneType.MOBILE, n.e164(), n.e164())))
                .orElse(List.of());
        List<Email> emails = identity.email().isEmpty() ? List.of() : List.of(new Email("", identity.email()));
        Customer customer = new Customer(0, 0, "", identity.firstName(), identity.lastName(), identity.company(),
                new Address(identity.street(), identity.city(), identity.region(), identity.postalCode(), ""),
                customerPhones, emails, "", s.officeId());
        List<PhoneNumbers.Normalised> normalised;
        try {
            normalised = customerValidator.validate(customer, s.office().defaultRegion());
        } catch (ValidationException refused) {
            throw new ValidationException(refused.errors().stream().map(err -> customerError(layout, err)).toList());
        }
        return JpaCustomerRepository.insert(em, s, customer, normalised).id();
    }

    /** A refusal of the customer record, pointed at the card field the value came from. */
    private static FieldError customerError(CardLayout layout, FieldError err) {
        FieldSource source = switch (err.field().replaceAll("\\[.*", "")) {
            case "firstName" -> FieldSource.FIRST_NAME;
            case "company" -> FieldSource.COMPANY;
            case "phones" -> FieldSource.PHONE;
            case "emails" -> FieldSource.EMAIL;
            default -> FieldSource.LAST_NAME;
        };
        String field = layout.fieldFor(source).map(FieldDefinition::id).orElse(err.field());
        return new FieldError(field, "For the customer record: " + err.message());
    }

    private List<CardReminderEntity> reminders(EntityManager em, Session s, Card card, List<CardReminderEntity> stored,
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
    private static void replaceReminders(EntityManager em, CardEntity card, List<CardReminderEntity> wanted,
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

    /**
     * Links the entry the card was opened from to the card and files it under the card's customer,
     * as saving a customer from a call does. Answers the entry's id when that changed it. An entry
     * that already carries another card keeps it: a new card for it is refused.
     */
    private long fileCall(EntityManager em, Session s, CardEntity e, boolean newCard) {
        Connection c = connection(em);
        try {
            long customer = e.customerId == null ? 0 : e.customerId;
            int n = customer == 0
                    ? Jdbc.update(c, "UPDATE CALL_ENTRY SET CARD_ID = ? WHERE ID = ? AND OFFICE_ID = ?"
                            + " AND CARD_ID IS NULL", e.id, e.callId, s.officeId())
                    : Jdbc.update(c, "UPDATE CALL_ENTRY SET CARD_ID = ?, CUSTOMER_ID = ? WHERE ID = ? AND OFFICE_ID = ?"
                            + " AND (CARD_ID IS NULL OR CARD_ID = ?) AND (CARD_ID IS NULL OR CUSTOMER_ID IS NULL"
                            + " OR CUSTOMER_ID <> ?)", e.id, customer, e.callId, s.officeId(), e.id, customer);
            if (n == 1) {
                return e.callId;
            }
            IncomingCall call = CallEntries.inOffice(c, s, e.callId);
            if (newCard && call.cardId() != e.id) {
                // another card was saved for the call since this one's checks: this one is rolled back
                throw callHasCard(em, call.cardId());
            }
            return 0;
        } catch (SQLException x) {
            throw new IllegalStateException("Could not link the call " + e.callId + " to the card: " + x.getMessage(), x);
        }
    }

    // ---- the running log -----------------------------------------------------------------------

    @Override
    public CardNote addNote(Session session, long cardId, String text) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("note", "Type the note first.")));
        }
        if (note.length() > NOTE_LIMIT) {
            throw new ValidationException(List.of(new FieldError("note", "A note takes at most " + NOTE_LIMIT
                    + " characters (" + note.length() + " typed).")));
        }
        return store.write(em -> {
            CardEntity card = find(em, s, cardId);
            return toRecord(note(em, card, s, note));
        });
    }

    @Override
    public List<CardNote> notes(Session session, long cardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> noteRows(em, find(em, s, cardId).id).stream().map(JpaCards::toRecord).toList());
    }

    private static CardNoteEntity note(EntityManager em, CardEntity card, Session s, String text) {
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

    private static List<CardNoteEntity> noteRows(EntityManager em, long cardId) {
        return em.createQuery("SELECT n FROM CardNoteEntity n WHERE n.cardId = :c ORDER BY n.writtenAt, n.id",
                CardNoteEntity.class).setParameter("c", cardId).getResultList();
    }

    // ---- lists ---------------------------------------------------------------------------------

    @Override
    public List<CardSummary> forCustomer(Session session, long customerId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            JpaCustomerRepository.find(em, s, customerId);
            return em.createQuery("SELECT c FROM CardEntity c WHERE c.customerId = :cu AND c.officeId = :o"
                    + " ORDER BY c.updatedAt DESC, c.id DESC", CardEntity.class).setParameter("cu", customerId)
                    .setParameter("o", s.officeId()).setMaxResults(MAX_LIST).getResultList().stream()
                    .map(this::summary).toList();
        });
    }

    @Override
    public List<CardSummary> recent(Session session, String templateId, int limit) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        boolean all = templateId == null || templateId.isBlank();
        return store.read(em -> (all
                ? em.createQuery("SELECT c FROM CardEntity c WHERE c.officeId = :o ORDER BY c.updatedAt DESC, c.id DESC",
                        CardEntity.class)
                : em.createQuery("SELECT c FROM CardEntity c WHERE c.officeId = :o AND c.templateId = :t"
                        + " ORDER BY c.updatedAt DESC, c.id DESC", CardEntity.class).setParameter("t", templateId))
                .setParameter("o", s.officeId()).setMaxResults(bounded(limit)).getResultList().stream()
                .map(this::summary).toList());
    }

    @Override
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
                CardSummary card = cards.computeIfAbsent(r.cardId, id -> summary(em.find(CardEntity.class, id)));
                result.add(new ScheduledReminder(card, toRecord(r)));
            }
            return result;
        });
    }

    private static int bounded(int limit) {
        return limit <= 0 ? MAX_LIST : Math.min(limit, MAX_LIST);
    }

    // ---- matching and filling ------------------------------------------------------------------

    @Override
    public List<CardMatch> matches(Session session, String templateId, Map<String, String> values, long excludeCardId,
            int limit) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            CardLayout layout = templates.layout(em, s.officeId(), templateId);
            CardKeys keys = CardKeys.of(CardIdentity.of(layout, values == null ? Map.of() : values),
                    s.office().defaultRegion(), phones);
            Map<Long, CardEntity> candidates = new LinkedHashMap<>();
            candidates(em, s, "phoneE164", keys.phone(), excludeCardId, candidates);
            candidates(em, s, "emailKey", keys.email(), excludeCardId, candidates);
            candidates(em, s, "lastNameKey", keys.lastName(), excludeCardId, candidates);
            candidates(em, s, "streetKey", keys.street(), excludeCardId, candidates);
            List<CardMatch> matches = new ArrayList<>();
            for (CardEntity c : candidates.values()) {
                score(keys, CardKeys.of(c)).ifPresent(m -> matches.add(new CardMatch(summary(c), m.score, m.reasons)));
            }
            matches.sort(Comparator.comparingInt(CardMatch::score).reversed()
                    .thenComparing(m -> m.card().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
            return matches.size() > bounded(limit) ? List.copyOf(matches.subList(0, bounded(limit))) : matches;
        });
    }

    private static void candidates(EntityManager em, Session s, String column, String key, long exclude,
            Map<Long, CardEntity> into) {
        if (key.isEmpty()) {
            return; // an unknown value is not a match
        }
        em.createQuery("SELECT c FROM CardEntity c WHERE c.officeId = :o AND c." + column + " = :k AND c.id <> :x"
                + " ORDER BY c.updatedAt DESC", CardEntity.class).setParameter("o", s.officeId()).setParameter("k", key)
                .setParameter("x", exclude).setMaxResults(CANDIDATES_PER_KEY).getResultList()
                .forEach(c -> into.putIfAbsent(c.id, c));
    }

    private record Score(int score, List<String> reasons) {
    }

    static Optional<Score> score(CardKeys mine, CardKeys other) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        if (!mine.phone().isEmpty() && mine.phone().equals(other.phone())) {
            score += SCORE_PHONE;
            reasons.add("same phone");
        }
        if (!mine.email().isEmpty() && mine.email().equals(other.email())) {
            score += SCORE_EMAIL;
            reasons.add("same e-mail");
        }
        if (!mine.lastName().isEmpty() && mine.lastName().equals(other.lastName())) {
            if (!mine.firstName().isEmpty() && mine.firstName().equals(other.firstName())) {
                score += SCORE_FULL_NAME;
                reasons.add("same name");
            } else {
                score += SCORE_LAST_NAME;
                reasons.add("same last name");
            }
        }
        if (!mine.street().isEmpty() && mine.street().equals(other.street()) && !mine.postalCode().isEmpty()
                && mine.postalCode().equals(other.postalCode())) {
            score += SCORE_ADDRESS;
            reasons.add("same address");
        }
        return score == 0 ? Optional.empty() : Optional.of(new Score(score, reasons));
    }

    @Override
    public Card fillFrom(Session session, Card card, long otherCardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> {
            CardEntity other = find(em, s, otherCardId);
            CardLayout mine = templates.layout(em, s.officeId(), card.templateId());
            Optional<CardLayout> theirs = templates.installed(em, s.officeId(), other.templateId);
            Map<String, String> values = new LinkedHashMap<>(card.values());
            mine.fields().filter(f -> f.kind() != FieldKind.FIXED && card.value(f.id()).isBlank()).forEach(f -> {
                String value = other.values.getOrDefault(f.id(), "");
                if (value.isEmpty() && isIdentity(f.source()) && theirs.isPresent()) {
                    // another template may call the caller's phone "cell"; the source says it is the phone
                    value = theirs.get().fieldFor(f.source()).map(t -> other.values.getOrDefault(t.id(), "")).orElse("");
                }
                // a value the field would refuse (another template's choice list) is left for the rep to type
                if (!value.isEmpty() && CardValidator.check(f, value).isEmpty()) {
                    values.put(f.id(), value);
                }
            });
            return card.withValues(values);
        });
    }

    private static boolean isIdentity(FieldSource source) {
        return switch (source) {
            case FIRST_NAME, LAST_NAME, COMPANY, PHONE, EMAIL, STREET, CITY, REGION, POSTAL_CODE, CUSTOMER_NUMBER -> true;
            default -> false;
        };
    }

    // ---- call log ------------------------------------------------------------------------------

    @Override
    public List<CallLogEntry> callLog(Session session, long cardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        CardEntity card = store.read(em -> find(em, s, cardId));
        long customerId = card.customerId == null ? 0 : card.customerId;
        // one indexed query per way a call belongs to the card (CARD_ID, CUSTOMER_ID, ANI), merged by id
        Map<Long, CallLogEntry> calls = new LinkedHashMap<>();
        jdbc.transaction("read the card's call log", c -> {
            String select = "SELECT " + CallEntries.COLUMNS + " FROM CALL_ENTRY WHERE OFFICE_ID = ? AND ";
            String order = " ORDER BY STARTED_AT DESC, ID DESC FETCH FIRST " + MAX_LIST + " ROWS ONLY";
            List<IncomingCall> found = new ArrayList<>(Jdbc.list(c, select + "CARD_ID = ?" + order, CallEntries::read,
                    s.officeId(), cardId));
            if (customerId != 0) {
                found.addAll(Jdbc.list(c, select + "CUSTOMER_ID = ?" + order, CallEntries::read, s.officeId(), customerId));
            }
            if (!card.phoneE164.isEmpty()) {
                found.addAll(Jdbc.list(c, select + "ANI = ?" + order, CallEntries::read, s.officeId(), card.phoneE164));
            }
            found.forEach(call -> calls.putIfAbsent(call.id(), callEntry(call)));
            return null;
        });
        List<CallLogEntry> log = new ArrayList<>(calls.values());
        if (customerId != 0) {
            store.read(em -> em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :c AND i.officeId = :o"
                    + " ORDER BY i.occurredAt DESC, i.id DESC", InteractionEntity.class).setParameter("c", customerId)
                    .setParameter("o", s.officeId()).setMaxResults(MAX_LIST).getResultList()).forEach(i -> log.add(
                            new CallLogEntry(i.occurredAt, Channel.valueOf(i.channel),
                                    org.cardfile.core.model.Direction.valueOf(i.direction), "", "", null, i.employeeName,
                                    interactionSummary(i), "", 0)));
        }
        log.sort(Comparator.comparing(CallLogEntry::at).reversed());
        return log;
    }

    private static CallLogEntry callEntry(IncomingCall call) {
        String summary = call.isTransfer() ? "Card received by transfer" : call.status().label();
        if (call.disposition() != null) {
            summary += " · " + call.disposition().name().toLowerCase().replace('_', ' ');
        }
        if (call.isTaken()) {
            summary += " · taken by " + call.takenBy();
        }
        return new CallLogEntry(call.startedAt(), call.isTransfer() ? Channel.TRANSFER : Channel.CALL,
                org.cardfile.core.model.Direction.INBOUND, call.ani(), call.source().advertisingSource(),
                call.endedAt() == null ? null : call.duration(call.endedAt()), call.takenBy(), summary, call.recording(),
                call.id());
    }

    private static String interactionSummary(InteractionEntity i) {
        List<String> parts = new ArrayList<>();
        if (!i.problemCode.isEmpty()) {
            parts.add(i.problemCode);
        }
        if (!i.solutionCode.isEmpty()) {
            parts.add(i.solutionCode);
        }
        if (!i.notes.isBlank()) {
            parts.add(i.notes.strip().replaceAll("\\s+", " "));
        }
        return String.join(" · ", parts);
    }

    // ---- Send to Community ---------------------------------------------------------------------

    @Override
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
                JpaContactLog.persist(em, s, new InteractionDraft(source.customerId, Channel.TRANSFER,
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
        broadcastCall(transfer.callId(), transfer.cardId(), s);
        return transfer;
    }

    @Override
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
        Connection c = connection(em);
        try {
            return Jdbc.insert(c, "INSERT INTO CALL_ENTRY (DRIVER, SESSION_ID, OFFICE_ID, ANI, ANI_VALID, DNIS, DESTINATION,"
                    + " STATUS, STARTED_AT, CALLER_NAME, ADVERTISING_SOURCE, CARD_TEMPLATE, UNKNOWN_DNIS,"
                    + " MATCHED_CUSTOMER_NAME, OTHER_MATCHES, EARLIER_CONTACTS, LAST_CONTACT, TAKEN_BY, DISPOSED_BY,"
                    + " RECORDING, CARD_ID) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, 0, '', 0, 0, '', '', '', '', ?)",
                    IncomingCall.TRANSFER_DRIVER, "card-" + copy.id + "-" + UUID.randomUUID(), target.id, ani,
                    !copy.phoneE164.isEmpty(), CallStatus.RINGING.name(), now, shorten(name, 200),
                    shorten("Transfer from " + s.office().name(), 200), source.templateId, copy.id);
        } catch (SQLException x) {
            throw new IllegalStateException("Could not put the card in " + target.name + "'s incoming list: "
                    + x.getMessage(), x);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * Tells the workstations of the call's change. The change is already committed: a failure here
     * costs them a refresh, not the rep the save, so it is logged and not thrown.
     */
    private void broadcastCall(long callId, long cardId, Session s) {
        try {
            jdbc.transaction("read the changed call", c -> CallEntries.byId(c, callId)).ifPresent(broadcaster::changed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Card " + cardId + " of office " + s.office().code() + " was saved, but the"
                    + " workstations could not be told of its call " + callId, e);
        }
    }

    /** The transaction's own connection, so the call-entry statements commit or roll back with the card. */
    private static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("The card store needs a transaction's connection and has none");
        }
        return c;
    }

    private static CardEntity find(EntityManager em, Session s, long cardId) {
        CardEntity e = em.find(CardEntity.class, cardId);
        if (e == null || e.officeId != s.officeId()) {
            throw new NotFoundException("Card " + cardId + " does not exist in " + s.office().name() + ".");
        }
        return e;
    }

    private static List<CardReminderEntity> reminderRows(EntityManager em, long cardId) {
        return em.createQuery("SELECT r FROM CardReminderEntity r WHERE r.cardId = :c ORDER BY r.dueAt, r.id",
                CardReminderEntity.class).setParameter("c", cardId).getResultList();
    }

    private Card toRecord(EntityManager em, CardEntity e) {
        return new Card(e.id, e.version, e.officeId, e.templateId, e.customerId == null ? 0 : e.customerId,
                e.callId == null ? 0 : e.callId, new TreeMap<>(e.values),
                reminderRows(em, e.id).stream().map(JpaCards::toRecord).toList(), e.transferredFrom, e.createdAt,
                e.createdBy, e.updatedAt, e.updatedBy);
    }

    private static CardReminder toRecord(CardReminderEntity r) {
        return new CardReminder(r.id, ReminderKind.valueOf(r.kind), r.title, r.dueAt, r.durationMinutes, r.assigneeId,
                r.assigneeName, r.done);
    }

    private static CardNote toRecord(CardNoteEntity n) {
        return new CardNote(n.id, n.cardId, n.writtenAt, n.employeeId, n.employeeName, n.text);
    }

    private CardSummary summary(CardEntity c) {
        return new CardSummary(c.id, c.templateId, templates.name(c.templateId), c.title,
                c.customerId == null ? 0 : c.customerId, c.updatedAt, c.updatedBy, c.transferredFrom);
    }
}
