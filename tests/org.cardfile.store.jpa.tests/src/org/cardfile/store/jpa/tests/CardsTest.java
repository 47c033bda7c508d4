package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardMatch;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardTransfer;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;

/**
 * Cards as reps use them: filled in from a call, saved and reopened, refused when a value is wrong,
 * audited, matched against the office's other cards, and sent to another office.
 */
@TestInstance(Lifecycle.PER_CLASS)
class CardsTest {
    private static final String GAZETTE = "+12175550190";
    private static final String MAINTENANCE_LINE = "+12175550192";
    /** The workstation's time zone the tests open cards in. */
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private StoreFixture f;
    private Session alice;
    private Session admin;
    private Session rita;

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "cards");
        alice = f.signIn("alice");
        admin = f.signIn("admin");
        rita = f.signIn("rita");
    }

    @AfterAll
    void close() {
        f.close();
    }

    private long ring(String ani, String dnis, String callerName) {
        return f.inbox.accept(new CallEvent("test", UUID.randomUUID().toString(), 1, ani, dnis, "", CallStatus.RINGING,
                Instant.now(), callerName, "")).callId();
    }

    /** A blank guest card with the prospect's name, phone and the required answers. */
    private Card guest(String first, String last, String phone) {
        return f.cards.blank(alice, GuestCardTemplate.ID, ZONE).withValue("firstName", first).withValue("lastName", last)
                .withValue("phone", phone).withValue("bedrooms", "2");
    }

    @Test
    void aCardWithAValueOfEveryTypeAndTwoRemindersReadsBackAsSaved() {
        Instant due = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("email", "dora.diaz@example.com");
        typed.put("street", "12 Lake Shore Dr");
        typed.put("zip", "62704");
        typed.put("moveIn", "2027-01-15");
        typed.put("budget", "1450.50");
        typed.put("occupants", "3");
        typed.put("pets", "true");
        typed.put("amenities", "Parking\nPool");
        typed.put("tourAt", "2026-12-01T10:30");
        typed.put("comments", "Works nights.\nPrefers a ground floor.");
        typed.put("result", "Toured");
        Card card = guest("Dora", "Diaz", "(217) 555-0171");
        for (Map.Entry<String, String> e : typed.entrySet()) {
            card = card.withValue(e.getKey(), e.getValue());
        }
        card = card.withReminders(List.of(new CardReminder(0, ReminderKind.FOLLOW_UP, "Call back about the 2-bed", due, 0,
                0, "", false), new CardReminder(0, ReminderKind.APPOINTMENT, "Tour", due.plus(Duration.ofHours(3)), 45, 0, "",
                        false)));

        Card saved = f.cards.save(alice, card);
        Card read = f.cards.get(alice, saved.id());

        assertFalse(read.isNew());
        assertEquals(GuestCardTemplate.ID, read.templateId());
        typed.forEach((field, value) -> assertEquals(value, read.value(field), field));
        assertEquals("Dora", read.value("firstName"));
        assertEquals("Alice Adams", read.value("agent"), "the rep who opened the card is filled in");
        assertFalse(read.value("contactDate").isEmpty(), "a blank card is dated today");
        assertEquals("Alice Adams", read.createdBy());
        assertEquals(2, read.reminders().size());
        CardReminder tour = read.reminders().get(1);
        assertEquals(ReminderKind.APPOINTMENT, tour.kind());
        assertEquals(45, tour.durationMinutes());
        assertEquals(due.plus(Duration.ofHours(3)), tour.due());
        assertEquals(alice.employee().id(), tour.assigneeId(), "a reminder without assignee is the saving rep's");
        assertEquals("Alice Adams", tour.assigneeName());
        assertTrue(f.cards.myReminders(alice).stream().anyMatch(r -> r.reminder().id() == tour.id()
                && r.card().title().equals("Diaz, Dora")), "the appointment is in Alice's calendar");

        // ticking one off and dropping the other keeps the first one's id
        CardReminder followUp = read.reminders().get(0);
        Card again = f.cards.save(alice, read.withReminders(List.of(new CardReminder(followUp.id(), followUp.kind(),
                followUp.title(), followUp.due(), 0, followUp.assigneeId(), "", true))));
        assertEquals(List.of(followUp.id()), again.reminders().stream().map(CardReminder::id).toList());
        assertTrue(again.reminders().get(0).done());
        assertTrue(f.cards.myReminders(alice).stream().noneMatch(r -> r.card().id() == read.id()),
                "done and dropped reminders leave the calendar");
    }

    @Test
    void badValuesAreRefusedWithTheFieldsOwnMessageAndNothingIsWritten() {
        int before = f.cards.recent(alice, GuestCardTemplate.ID, 500).size();
        Card bad = guest("Eli", "", "(217) 555-0172").withValue("budget", "twelve hundred").withValue("zip", "627")
                .withValue("bedrooms", "5");

        ValidationException refused = assertThrows(ValidationException.class, () -> f.cards.save(alice, bad));

        Map<String, String> messages = new LinkedHashMap<>();
        refused.errors().forEach(e -> messages.put(e.field(), e.message()));
        assertEquals("Last name is required.", messages.get("lastName"));
        assertEquals("Monthly budget must be an amount such as 1250 or 1250.50.", messages.get("budget"));
        assertEquals("ZIP code: enter the five-digit ZIP code.", messages.get("zip"));
        assertEquals("Bedrooms must be one of: Studio, 1, 2, 3.", messages.get("bedrooms"));
        assertEquals(before, f.cards.recent(alice, GuestCardTemplate.ID, 500).size(), "no card was written");
        assertTrue(f.customers.findByPhone(alice, "217 555 0172").isEmpty(), "no customer was created");
    }

    @Test
    void everyChangedFieldIsInFieldChangesWithOldAndNewValue() {
        Card saved = f.cards.save(alice, guest("Finn", "Foster", "(217) 555-0173").withValue("pets", "false")
                .withValue("moveIn", "2027-02-01"));

        f.cards.save(admin, saved.withValue("bedrooms", "3").withValue("pets", "true").withValue("moveIn", ""));

        List<FieldChange> changes = f.audit.changes(alice, new RecordRef(RecordType.CARD, saved.id()));
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Bedrooms") && c.oldValue().equals("2")
                && c.newValue().equals("3")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Pets") && c.oldValue().equals("No")
                && c.newValue().equals("Yes")), "yes/no fields read as users see them");
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Move-in date") && !c.oldValue().isEmpty()
                && c.newValue().isEmpty()), "an emptied field is a change to nothing");
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Last name") && c.oldValue().isEmpty()
                && c.newValue().equals("Foster")), "creating the card records its first values");
        assertTrue(changes.stream().noneMatch(c -> c.field().equals("Comments")), "untouched fields are not listed");
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefused() {
        Card saved = f.cards.save(alice, guest("Gus", "Grant", "(217) 555-0174"));
        f.cards.save(admin, saved.withValue("bedrooms", "1"));

        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> f.cards.save(alice, saved.withValue("bedrooms", "3")));
        assertTrue(stale.getMessage().contains("Ada Admin"), stale.getMessage());
        assertEquals("1", f.cards.get(alice, saved.id()).value("bedrooms"));
    }

    @Test
    void anOfficeFieldAddedByTheAdminSurvivesARestartAndOldCardsKeepTheirValues() {
        Card old = f.cards.save(alice, guest("Hana", "Hill", "(217) 555-0175").withValue("comments", "Before the new field"));
        FieldDefinition asTyped = FieldDefinition.choice("parkingSpot", "Parking spot", "None", "Covered", "Garage")
                .withHelp("Which parking the prospect wants");
        CardLayout layout = f.cardTemplates.addCustomField(admin, GuestCardTemplate.ID, asTyped);
        assertEquals(FieldKind.MANUAL, layout.field("parkingSpot").orElseThrow().kind());
        assertTrue(layout.field("parkingSpot").orElseThrow().custom());

        f.reopen();

        CardLayout reopened = f.cardTemplates.layout(alice, GuestCardTemplate.ID);
        FieldDefinition field = reopened.field("parkingSpot").orElseThrow();
        assertEquals(asTyped.asCustom(), field, "every part of the definition is kept");
        assertEquals(List.of(field), f.cardTemplates.customFields(alice, GuestCardTemplate.ID));
        Card oldAgain = f.cards.get(alice, old.id());
        assertEquals("Before the new field", oldAgain.value("comments"));
        assertEquals("", oldAgain.value("parkingSpot"), "old cards show the new field empty");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> f.cards.save(alice, oldAgain.withValue("parkingSpot", "Carport")));
        assertEquals(List.of(new FieldError("parkingSpot", "Parking spot must be one of: None, Covered, Garage.")),
                refused.errors());
        Card filled = f.cards.save(alice, oldAgain.withValue("parkingSpot", "Garage"));
        assertEquals("Garage", f.cards.get(alice, filled.id()).value("parkingSpot"));

        // retired: gone from the form, the value stays on the card, and the id is never handed out again
        f.cardTemplates.retireCustomField(admin, GuestCardTemplate.ID, "parkingSpot");
        assertTrue(f.cardTemplates.layout(alice, GuestCardTemplate.ID).field("parkingSpot").isEmpty());
        assertEquals("Garage", f.cards.get(alice, filled.id()).value("parkingSpot"));
        ValidationException taken = assertThrows(ValidationException.class,
                () -> f.cardTemplates.addCustomField(admin, GuestCardTemplate.ID, asTyped));
        assertEquals("id", taken.errors().get(0).field());
        assertTrue(taken.errors().get(0).message().contains("retired"), taken.errors().get(0).message());
    }

    @Test
    void aRepMayNotAddOfficeFieldsAndAShippedIdIsRefused() {
        FieldDefinition field = FieldDefinition.manual("favouriteColour", "Favourite colour", FieldType.TEXT);
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> f.cardTemplates.addCustomField(alice, GuestCardTemplate.ID, field));
        assertTrue(denied.getMessage().startsWith("Alice Adams (alice) may not"), denied.getMessage());
        assertTrue(f.cardTemplates.customFields(alice, GuestCardTemplate.ID).stream()
                .noneMatch(c -> c.id().equals("favouriteColour")));

        ValidationException clash = assertThrows(ValidationException.class, () -> f.cardTemplates.addCustomField(admin,
                GuestCardTemplate.ID, FieldDefinition.manual("budget", "Budget again", FieldType.MONEY)));
        assertEquals("id", clash.errors().get(0).field());

        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> f.cardTemplates.layout(alice, "multihousing.service-request"));
        assertEquals("The card template multihousing.service-request is not installed or is switched off.",
                missing.getMessage());
    }

    @Test
    void matchingCardsRanksTheSamePhoneFirstAndFillFromOnlyFillsEmptyFields() {
        Card byPhone = f.cards.save(alice, guest("Ivy", "Irwin", "(217) 555-0176").withValue("email", "ivy@example.com")
                .withValue("moveIn", "2027-03-01").withValue("occupants", "2").withValue("comments", "Has a cat"));
        Card sameName = f.cards.save(alice, guest("Ivan", "Irwin", "(217) 555-0179"));

        Card typing = f.cards.blank(alice, GuestCardTemplate.ID, ZONE).withValue("lastName", "Irwin")
                .withValue("phone", "217.555.0176").withValue("occupants", "4");
        List<CardMatch> matches = f.cards.matches(alice, GuestCardTemplate.ID, typing.values(), 0, 10);

        assertEquals(byPhone.id(), matches.get(0).card().id(), matches.toString());
        assertTrue(matches.get(0).reasons().contains("same phone"), matches.get(0).reasons().toString());
        assertTrue(matches.stream().anyMatch(m -> m.card().id() == sameName.id()
                && m.reasons().equals(List.of("same last name"))));
        assertTrue(matches.get(0).score() > matches.stream().filter(m -> m.card().id() == sameName.id()).findFirst()
                .orElseThrow().score());
        assertTrue(f.cards.matches(alice, GuestCardTemplate.ID, byPhone.values(), byPhone.id(), 10).stream()
                .noneMatch(m -> m.card().id() == byPhone.id()), "the card itself is not its own match");

        Card filled = f.cards.fillFrom(alice, typing, byPhone.id());
        assertEquals("4", filled.value("occupants"), "what the rep typed is kept");
        assertEquals("217.555.0176", filled.value("phone"));
        assertEquals("Ivy", filled.value("firstName"));
        assertEquals("ivy@example.com", filled.value("email"));
        assertEquals("2027-03-01", filled.value("moveIn"));
        assertEquals("Has a cat", filled.value("comments"));
        assertEquals(typing.value("contactDate"), filled.value("contactDate"), "fixed fields are the communication's");
        assertTrue(filled.isNew(), "nothing is saved");
    }

    @Test
    void aCardSentToCommunityWaitsInTheOtherOfficesListUntilTakenAndOpensThereWithItsNotes() throws Exception {
        Card card = f.cards.save(alice, guest("Jade", "Jensen", "(217) 555-0168"));
        f.cards.addNote(alice, card.id(), "Wants to move near the repair shop");
        int broadcastsBefore = f.broadcasts.sent.size();

        List<org.cardfile.core.model.Office> destinations = f.cards.destinations(alice);
        assertEquals(List.of("Shelbyville Repair Facility"), destinations.stream().map(o -> o.name()).toList(),
                "every office but her own");
        assertThrows(AccessDeniedException.class, () -> f.cards.destinations(f.signIn("clara")),
                "a client may not send cards");

        CardTransfer transfer = f.cards.sendToOffice(alice, card.id(), destinations.get(0).id(), "Please call her back");

        assertEquals("Shelbyville Repair Facility", transfer.officeName());
        IncomingCall waiting = f.calls.live(rita, 0).stream().filter(c -> c.id() == transfer.callId()).findFirst()
                .orElseThrow(() -> new AssertionError("the transfer is not in Shelbyville's incoming list"));
        assertTrue(waiting.isTransfer());
        assertEquals("Transfer from Springfield Leasing Office", waiting.source().advertisingSource());
        assertEquals("Jade Jensen", waiting.callerName());
        assertEquals("+12175550168", waiting.ani());
        assertEquals(transfer.cardId(), waiting.cardId());
        assertTrue(f.broadcasts.sent.subList(broadcastsBefore, f.broadcasts.sent.size()).stream()
                .anyMatch(c -> c.id() == transfer.callId() && c.officeId() == rita.officeId()),
                "Shelbyville's workstations hear of it");
        assertTrue(f.calls.live(alice, 60).stream().noneMatch(c -> c.id() == transfer.callId()));
        assertThrows(NotFoundException.class, () -> f.cards.get(rita, card.id()), "the original stays in Springfield");
        assertThrows(NotFoundException.class, () -> f.cards.get(alice, transfer.cardId()));

        // a day later nobody has taken it: it is still waiting
        try (Connection c = f.store.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE CALL_ENTRY SET STARTED_AT = ? WHERE ID = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
            s.setLong(2, transfer.callId());
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(f.calls.live(rita, 0).stream().anyMatch(c -> c.id() == transfer.callId()));

        IncomingCall taken = f.calls.pick(rita, transfer.callId());
        assertEquals("Rita Repair", taken.takenBy());
        Card opened = f.cards.forCall(rita, transfer.callId(), "", ZONE);
        assertEquals(transfer.cardId(), opened.id());
        assertEquals("Springfield Leasing Office", opened.transferredFrom());
        assertEquals(0, opened.customerId(), "offices do not share customers");
        assertEquals("Jensen", opened.value("lastName"));
        List<String> notes = f.cards.notes(rita, opened.id()).stream().map(CardNote::text).toList();
        assertEquals(List.of("Wants to move near the repair shop",
                "Received from Springfield Leasing Office: Please call her back"), notes);
        assertEquals("Sent to Shelbyville Repair Facility by Alice Adams: Please call her back",
                f.cards.notes(alice, card.id()).get(1).text());
        assertTrue(f.calls.live(rita, 0).stream().noneMatch(c -> c.id() == transfer.callId()),
                "once taken it leaves the list like an ended call");
        assertTrue(f.contacts.forCustomer(alice, card.customerId()).stream()
                .anyMatch(i -> i.channel() == org.cardfile.core.model.Channel.TRANSFER),
                "the transfer is in the customer's contact history");
        List<CallLogEntry> sentLog = f.cards.callLog(alice, card.id());
        assertTrue(sentLog.stream().anyMatch(e -> e.channel() == org.cardfile.core.model.Channel.TRANSFER
                && e.summary().contains("sent to Shelbyville Repair Facility: Please call her back")), sentLog.toString());

        // Shelbyville saves it under a customer of its own
        Card savedThere = f.cards.save(rita, opened.withValue("comments", "Called back"));
        assertNotEquals(0, savedThere.customerId());
        assertEquals(rita.officeId(), f.customers.get(rita, savedThere.customerId()).officeId());

        assertThrows(ValidationException.class, () -> f.cards.sendToOffice(alice, card.id(), alice.officeId(), ""),
                "a card is not sent to its own office");
    }

    @Test
    void aCardOpenedFromACallIsFiledWithTheCallUnderTheCustomerItCreates() {
        long callId = ring("2175550181", GAZETTE, "KOWALSKI KAROL");
        Card opened = f.cards.forCall(alice, callId, "", ZONE);

        assertEquals(GuestCardTemplate.ID, opened.templateId(), "the tracking number names the template");
        assertEquals(callId, opened.callId());
        assertEquals(GAZETTE, opened.value("trackingNumber"));
        assertEquals("Springfield Gazette, Sunday classifieds", opened.value("adSource"));
        assertEquals("Karol", opened.value("firstName"));
        assertEquals("Kowalski", opened.value("lastName"));
        assertEquals("+12175550181", opened.value("phone"));
        assertEquals(0, opened.customerId(), "a new caller");

        Card saved = f.cards.save(alice, opened.withValue("bedrooms", "Studio").withValue("email", "karol@example.com"));

        assertNotEquals(0, saved.customerId());
        Customer created = f.customers.get(alice, saved.customerId());
        assertEquals("Karol Kowalski", created.displayName());
        assertEquals("+12175550181", created.phones().get(0).e164());
        assertEquals("karol@example.com", created.emails().get(0).address());
        assertFalse(f.audit.changes(alice, new RecordRef(RecordType.CUSTOMER, created.id())).isEmpty(),
                "the customer's creation is audited");
        IncomingCall call = f.calls.get(alice, callId);
        assertEquals(saved.customerId(), call.customerId(), "the call is filed under the new customer");
        assertEquals(saved.id(), call.cardId());
        assertTrue(f.broadcasts.sent.stream().anyMatch(c -> c.id() == callId && c.cardId() == saved.id()));
        assertEquals(saved.id(), f.cards.forCall(alice, callId, "", ZONE).id(), "the call now opens its card");
        assertEquals(List.of(saved.id()), f.cards.forCustomer(alice, saved.customerId()).stream().map(c -> c.id()).toList());

        List<CallLogEntry> log = f.cards.callLog(alice, saved.id());
        CallLogEntry first = log.stream().filter(e -> e.callId() == callId).findFirst()
                .orElseThrow(() -> new AssertionError("the call that opened the card is not in its call log: " + log));
        assertEquals("+12175550181", first.number());
        assertEquals("Springfield Gazette, Sunday classifieds", first.source());
        for (int i = 1; i < log.size(); i++) {
            assertFalse(log.get(i).at().isAfter(log.get(i - 1).at()), "newest first: " + log);
        }

        // the next card with that phone is filed under the same customer, not a second one
        Card second = f.cards.save(alice, guest("Karol", "Kowalski", "217-555-0181"));
        assertEquals(saved.customerId(), second.customerId());
        assertEquals(1, f.customers.findByPhone(alice, "2175550181").size());
    }

    @Test
    void aCallWhoseNumberNamesNoInstalledTemplateSaysSo() {
        long callId = ring("2175550182", MAINTENANCE_LINE, "");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> f.cards.forCall(alice, callId, "", ZONE));
        assertEquals("The card template multihousing.service-request is not installed or is switched off.",
                missing.getMessage());
        assertEquals(GuestCardTemplate.ID, f.cards.forCall(alice, callId, GuestCardTemplate.ID, ZONE).templateId(),
                "the rep may choose another card");
    }

    @Test
    void anotherOfficeCannotReadOrChangeACard() {
        Card card = f.cards.save(alice, guest("Lena", "Lund", "(217) 555-0169"));
        assertThrows(NotFoundException.class, () -> f.cards.get(rita, card.id()));
        assertThrows(NotFoundException.class, () -> f.cards.notes(rita, card.id()));
        assertThrows(NotFoundException.class, () -> f.cards.addNote(rita, card.id(), "hello"));
        assertThrows(NotFoundException.class, () -> f.cards.save(rita, card.withValue("bedrooms", "1")));
        assertThrows(NotFoundException.class, () -> f.cards.callLog(rita, card.id()));
        assertTrue(f.cards.recent(rita, "", 500).stream().noneMatch(c -> c.id() == card.id()));
        assertTrue(f.cards.matches(rita, GuestCardTemplate.ID, card.values(), 0, 10).stream()
                .noneMatch(m -> m.card().id() == card.id()));
    }

    @Test
    void notesAreAppendedOldestFirstAndAnEmptyOneIsRefused() {
        Card card = f.cards.save(alice, guest("Mia", "Moss", "(217) 555-0180"));
        f.cards.addNote(alice, card.id(), "First call");
        f.cards.addNote(admin, card.id(), "Second call");
        assertEquals(List.of("First call", "Second call"),
                f.cards.notes(alice, card.id()).stream().map(CardNote::text).toList());
        assertEquals("Ada Admin", f.cards.notes(alice, card.id()).get(1).employeeName());
        assertThrows(ValidationException.class, () -> f.cards.addNote(alice, card.id(), "  "));
        assertThrows(ValidationException.class, () -> f.cards.addNote(alice, card.id(), "x".repeat(4001)));
        assertEquals(2, f.cards.notes(alice, card.id()).size());
    }

    @Test
    void workstationsHearWhenAnOfficeFieldIsAddedOrATemplateComesOrGoes() {
        List<org.osgi.service.event.Event> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.osgi.service.event.EventAdmin recorder = new org.osgi.service.event.EventAdmin() {
            @Override
            public void postEvent(org.osgi.service.event.Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(org.osgi.service.event.Event event) {
                posted.add(event);
            }
        };
        f.cardTemplates.setEvents(recorder);
        try {
            f.cardTemplates.addCustomField(admin, GuestCardTemplate.ID,
                    FieldDefinition.manual("referredBy", "Referred by", FieldType.TEXT));
            org.osgi.service.event.Event added = posted.get(posted.size() - 1);
            assertEquals(org.cardfile.core.cards.CardTemplates.CHANGED, added.getTopic());
            assertEquals(admin.officeId(), added.getProperty("officeId"));
            assertEquals(GuestCardTemplate.ID, added.getProperty("templateId"));

            GuestCardTemplate other = new GuestCardTemplate("test.other", "Another card");
            f.cardTemplates.addTemplate(other);
            assertEquals("test.other", posted.get(posted.size() - 1).getProperty("templateId"));
            assertTrue(f.cardTemplates.available(alice).stream().anyMatch(l -> l.id().equals("test.other")));
            f.cardTemplates.removeTemplate(other);
            assertEquals(3, posted.size());
            assertTrue(f.cardTemplates.available(alice).stream().noneMatch(l -> l.id().equals("test.other")));

            ValidationException tooLong = assertThrows(ValidationException.class, () -> f.cardTemplates.addCustomField(
                    admin, GuestCardTemplate.ID, FieldDefinition.manual("longLabel", "L".repeat(81), FieldType.TEXT)));
            assertEquals("label", tooLong.errors().get(0).field());
            assertEquals(3, posted.size(), "a refused field changes nothing and is not announced");
        } finally {
            f.cardTemplates.unsetEvents(recorder);
            f.cardTemplates.retireCustomField(admin, GuestCardTemplate.ID, "referredBy");
        }
    }

    @Test
    void aGuestCardSwitchedOffLeavesTheMenuAndItsCallsButItsCardsStillOpenAndSave() {
        String refusal = "The Guest card (test) is switched off for Springfield Leasing Office; an administrator can"
                + " switch it on in Cards → Card templates.";
        Card existing = f.cards.save(alice, guest("Olga", "Orr", "(217) 555-0163"));
        long answered = ring("2175550164", GAZETTE, "");
        Card answeredCard = f.cards.save(alice, f.cards.forCall(alice, answered, "", ZONE).withValue("lastName", "Ortiz")
                .withValue("bedrooms", "1"));
        List<org.osgi.service.event.Event> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.osgi.service.event.EventAdmin recorder = new org.osgi.service.event.EventAdmin() {
            @Override
            public void postEvent(org.osgi.service.event.Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(org.osgi.service.event.Event event) {
                posted.add(event);
            }
        };
        f.cardTemplates.setEvents(recorder);
        try {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                    () -> f.cardTemplates.setOffered(alice, GuestCardTemplate.ID, false));
            assertTrue(denied.getMessage().startsWith("Alice Adams (alice) may not"), denied.getMessage());
            assertTrue(offered(alice), "a rep's attempt changes nothing");
            assertEquals(List.of(), posted);
            assertThrows(NotFoundException.class,
                    () -> f.cardTemplates.setOffered(admin, "multihousing.service-request", false));

            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, false);
            assertEquals(1, posted.size());
            assertEquals(org.cardfile.core.cards.CardTemplates.CHANGED, posted.get(0).getTopic());
            assertEquals(admin.officeId(), posted.get(0).getProperty("officeId"));
            assertEquals(GuestCardTemplate.ID, posted.get(0).getProperty("templateId"));
            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, false);
            assertEquals(1, posted.size(), "switching off what is off changes nothing and is not announced");

            assertTrue(f.cardTemplates.available(alice).stream().noneMatch(l -> l.id().equals(GuestCardTemplate.ID)));
            assertFalse(offered(alice), "still installed, not offered");
            NotFoundException blank = assertThrows(NotFoundException.class,
                    () -> f.cards.blank(alice, GuestCardTemplate.ID, ZONE));
            assertEquals(refusal, blank.getMessage());
            long ringing = ring("2175550165", GAZETTE, "");
            NotFoundException forCall = assertThrows(NotFoundException.class, () -> f.cards.forCall(alice, ringing, "", ZONE));
            assertEquals(refusal, forCall.getMessage());
            assertEquals(answeredCard.id(), f.cards.forCall(alice, answered, "", ZONE).id(),
                    "a call that carries a card still opens it");

            Card again = f.cards.get(alice, existing.id());
            assertEquals(GuestCardTemplate.ID, f.cardTemplates.layout(alice, GuestCardTemplate.ID).id());
            Card saved = f.cards.save(alice, again.withValue("bedrooms", "3"));
            assertEquals("3", f.cards.get(alice, saved.id()).value("bedrooms"));

            assertTrue(offered(rita), "another office still offers it");
            assertTrue(f.cardTemplates.available(rita).stream().anyMatch(l -> l.id().equals(GuestCardTemplate.ID)));

            f.reopen();
            f.cardTemplates.setEvents(recorder);
            assertFalse(offered(alice), "the switch survives a restart");
            assertEquals(refusal, assertThrows(NotFoundException.class,
                    () -> f.cards.blank(alice, GuestCardTemplate.ID, ZONE)).getMessage());

            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, true);
            assertEquals(2, posted.size());
            assertTrue(offered(alice));
            assertTrue(f.cardTemplates.available(alice).stream().anyMatch(l -> l.id().equals(GuestCardTemplate.ID)));
            assertEquals(GuestCardTemplate.ID, f.cards.blank(alice, GuestCardTemplate.ID, ZONE).templateId());
            assertEquals(GuestCardTemplate.ID, f.cards.forCall(alice, ringing, "", ZONE).templateId());
            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, true);
            assertEquals(2, posted.size(), "switching on what is on changes nothing and is not announced");
        } finally {
            f.cardTemplates.unsetEvents(recorder);
            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, true);
        }
    }

    /** Whether the session's office offers the guest card, read from the installed templates. */
    private boolean offered(Session session) {
        List<org.cardfile.core.cards.InstalledTemplate> installed = f.cardTemplates.installed(session);
        assertEquals(List.of(GuestCardTemplate.ID), installed.stream().map(t -> t.layout().id()).toList());
        return installed.get(0).offered();
    }

    // ---- what the review found ------------------------------------------------------------------

    private List<FieldChange> changes(Card card, String field) {
        return f.audit.changes(alice, new RecordRef(RecordType.CARD, card.id())).stream()
                .filter(c -> c.field().equals(field)).toList();
    }

    @Test
    void aFollowUpAddedTickedOffOrRemovedIsAChangeThatAStaleEditorCannotUndo() {
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Card saved = f.cards.save(alice, guest("Nora", "Nash", "(217) 555-0161"));
        String customer = f.customers.get(alice, saved.customerId()).displayName();
        assertTrue(changes(saved, "Customer").stream().anyMatch(c -> c.oldValue().isEmpty()
                && c.newValue().equals(customer)), "filing the card under its customer is in Field Changes: "
                        + f.audit.changes(alice, new RecordRef(RecordType.CARD, saved.id())));

        Card added = f.cards.save(admin, saved.withReminders(List.of(new CardReminder(0, ReminderKind.FOLLOW_UP,
                "Call back about parking", due, 0, 0, "", false))));
        assertNotEquals(saved.version(), added.version(), "adding a follow-up is a change of the card");
        assertEquals("Ada Admin", added.updatedBy());
        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> f.cards.save(alice, saved.withValue("bedrooms", "3")),
                "an editor still holding the card without the follow-up would drop it");
        assertTrue(stale.getMessage().contains("Ada Admin"), stale.getMessage());
        assertEquals(1, f.cards.get(alice, saved.id()).reminders().size());

        CardReminder r = added.reminders().get(0);
        Card done = f.cards.save(admin, added.withReminders(List.of(new CardReminder(r.id(), r.kind(), r.title(), r.due(),
                0, r.assigneeId(), "", true))));
        assertNotEquals(added.version(), done.version());
        assertThrows(StaleRecordException.class, () -> f.cards.save(alice, added.withValue("bedrooms", "3")),
                "the stale editor would un-tick it");
        assertTrue(f.cards.get(alice, saved.id()).reminders().get(0).done());

        Card removed = f.cards.save(admin, done.withReminders(List.of()));
        assertNotEquals(done.version(), removed.version());
        assertThrows(StaleRecordException.class, () -> f.cards.save(alice, done.withValue("bedrooms", "3")),
                "the stale editor would bring it back");
        assertEquals(List.of(), f.cards.get(alice, saved.id()).reminders());

        List<String> followUps = changes(saved, "Follow-up").stream().map(c -> c.oldValue() + " → " + c.newValue())
                .toList();
        assertEquals(List.of("Call back about parking → Call back about parking — removed",
                "Call back about parking → Call back about parking — done",
                " → Call back about parking — added"), followUps, "Field Changes lists the newest first");
    }

    @Test
    void whatAClientSendsForAFixedFieldIsIgnored() {
        Card forged = guest("Olga", "Olsen", "(217) 555-0162").withValue("trackingNumber", "+19005550100")
                .withValue("adSource", "Forged source").withValue("callLength", "59:59");
        Card saved = f.cards.save(alice, forged);
        assertEquals("", saved.value("trackingNumber"), "a blank card was dialled from no number");
        assertEquals("", saved.value("adSource"));
        assertEquals("", saved.value("callLength"));
        assertEquals(LocalDate.ofInstant(saved.createdAt(), ZONE).toString(), saved.value("contactDate"));

        Card again = f.cards.save(alice, saved.withValue("contactDate", "2000-02-02").withValue("adSource", "Forged")
                .withValue("contactTime", "").withValue("bedrooms", "3"));
        assertEquals("3", again.value("bedrooms"));
        assertEquals(saved.value("contactDate"), again.value("contactDate"), "a saved card keeps its contact date");
        assertEquals(saved.value("contactTime"), again.value("contactTime"));
        assertEquals("", again.value("adSource"));

        long callId = ring("2175550163", GAZETTE, "PARK PAT");
        Card opened = f.cards.forCall(alice, callId, "", ZONE);
        Card fromCall = f.cards.save(alice, opened.withValue("bedrooms", "1").withValue("trackingNumber", "+19005550100")
                .withValue("adSource", "Forged source").withValue("contactDate", "1999-01-01"));
        assertEquals(GAZETTE, fromCall.value("trackingNumber"), "a call card's fixed fields come from its call");
        assertEquals("Springfield Gazette, Sunday classifieds", fromCall.value("adSource"));
        assertEquals(opened.value("contactDate"), fromCall.value("contactDate"));
        assertEquals(opened.value("contactTime"), fromCall.value("contactTime"));
    }

    @Test
    void aCardOpenedInAnotherTimeZoneIsDatedInItAndKeepsThatDateWhenSaved() {
        ZoneId far = ZoneId.of("Pacific/Kiritimati");
        Card blank = f.cards.blank(alice, GuestCardTemplate.ID, far);
        LocalDateTime shown = LocalDate.parse(blank.value("contactDate")).atTime(LocalTime.parse(blank.value("contactTime")));
        assertTrue(Duration.between(shown, LocalDateTime.now(far)).abs().toMinutes() <= 2,
                "the card is dated on the workstation's clock: " + shown);
        Card saved = f.cards.save(alice, blank.withValue("lastName", "Quinn").withValue("bedrooms", "2"));
        LocalDateTime stored = LocalDate.parse(saved.value("contactDate"))
                .atTime(LocalTime.parse(saved.value("contactTime")));
        assertTrue(Duration.between(stored, LocalDateTime.ofInstant(saved.createdAt(), far)).abs().toMinutes() <= 2,
                "saving keeps the workstation's time zone: " + stored);

        long callId = ring("2175550164", GAZETTE, "");
        Card fromCall = f.cards.forCall(alice, callId, "", far);
        LocalDateTime called = LocalDate.parse(fromCall.value("contactDate"))
                .atTime(LocalTime.parse(fromCall.value("contactTime")));
        assertEquals(LocalDateTime.ofInstant(f.calls.get(alice, callId).startedAt(), far).truncatedTo(ChronoUnit.MINUTES),
                called);
    }

    @Test
    void aSaveThatLosesTheRaceAtTheWriteIsRefusedAsStaleNotWithADatabaseError() {
        InterleavingCardTemplates templates =
                new InterleavingCardTemplates(f.cardsStore, f.sessions,
                        f.switches);
        f.installed.forEach(templates::addTemplate);
        org.cardfile.store.cards.internal.OfficeCards racing = new org.cardfile.store.cards.internal.OfficeCards(f.cardsStore,
                f.sessions, templates, f.ledger);
        Card saved = f.cards.save(alice, guest("Rosa", "Reyes", "(217) 555-0165"));

        templates.duringNextSave(() -> f.cards.save(admin, saved.withValue("bedrooms", "1")));
        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> racing.save(alice, saved.withValue("bedrooms", "3")));
        assertTrue(stale.getMessage().contains("after you opened it"), stale.getMessage());
        assertEquals("1", f.cards.get(alice, saved.id()).value("bedrooms"), "the first save stands");
    }

    @Test
    void aSecondNewCardForTheSameCallIsRefusedAndTheCallKeepsItsCard() {
        long callId = ring("2175550166", GAZETTE, "STONE SAM");
        Card mine = f.cards.forCall(alice, callId, "", ZONE);
        Card theirs = f.cards.forCall(admin, callId, "", ZONE);
        Card saved = f.cards.save(alice, mine.withValue("bedrooms", "2"));
        int cards = f.cards.recent(alice, GuestCardTemplate.ID, 500).size();

        StaleRecordException refused = assertThrows(StaleRecordException.class,
                () -> f.cards.save(admin, theirs.withValue("bedrooms", "3")));

        assertEquals("This call's card was already saved by Alice Adams; open it from the call.", refused.getMessage());
        assertEquals(saved.id(), f.calls.get(alice, callId).cardId());
        assertEquals(cards, f.cards.recent(alice, GuestCardTemplate.ID, 500).size(), "no second card was written");
        assertEquals(saved.id(), f.cards.forCall(admin, callId, "", ZONE).id());
    }

    @Test
    void theCallLengthIsFilledInOnceTheCallHasEnded() {
        Instant rang = Instant.now().minusSeconds(125).truncatedTo(ChronoUnit.SECONDS);
        CallEvent ringing = new CallEvent("test", UUID.randomUUID().toString(), 1, "2175550167", GAZETTE, "",
                CallStatus.RINGING, rang, "TATE TOM", "");
        long callId = f.inbox.accept(ringing).callId();
        Card opened = f.cards.forCall(alice, callId, "", ZONE);
        assertEquals("", opened.value("callLength"), "the call still rings");
        Card saved = f.cards.save(alice, opened.withValue("bedrooms", "2"));
        assertEquals("", saved.value("callLength"), "saved while the call goes on");

        f.inbox.accept(ringing.next(CallStatus.ANSWERED, rang.plusSeconds(5)));
        f.inbox.accept(ringing.next(CallStatus.ANSWERED, rang.plusSeconds(5)).next(CallStatus.COMPLETED,
                rang.plusSeconds(125)));
        assertEquals(rang.plusSeconds(125), f.calls.get(alice, callId).endedAt());

        Card again = f.cards.save(alice, saved.withValue("comments", "Hung up happy"));
        assertEquals("2:05", again.value("callLength"));
        assertEquals("2:05", f.cards.get(alice, saved.id()).value("callLength"));

    }

    @Test
    void aCardKeepsAChoiceTheTemplateNoLongerOffers() {
        String id = "test.retiring";
        CardLayout offered = new GuestCardTemplate(id, "Retiring card").layout();
        org.cardfile.core.cards.CardTemplate before = () -> offered;
        f.cardTemplates.addTemplate(before);
        Card saved = f.cards.save(alice, f.cards.blank(alice, id, ZONE).withValue("lastName", "Ueda")
                .withValue("phone", "(217) 555-0157").withValue("bedrooms", "Studio").withValue("amenities", "Pool\nGym"));

        CardLayout narrowed = new CardLayout(id, offered.name(), offered.industry(), offered.description(),
                offered.pages().stream().map(p -> new org.cardfile.core.cards.CardPage(p.id(), p.title(),
                        p.sections().stream().map(sec -> new org.cardfile.core.cards.CardSection(sec.id(), sec.title(),
                                sec.fields().stream().map(fd -> switch (fd.id()) {
                                    case "bedrooms" -> fd.withChoices("1", "2", "3");
                                    case "amenities" -> fd.withChoices("Parking", "Laundry", "Gym");
                                    default -> fd;
                                }).toList())).toList())).toList(),
                offered.titleFields(), offered.emailPresets(), offered.reminderKinds());
        org.cardfile.core.cards.CardTemplate after = () -> narrowed;
        f.cardTemplates.removeTemplate(before);
        f.cardTemplates.addTemplate(after);
        try {
            Card again = f.cards.save(alice, saved.withValue("comments", "Still wants a studio"));
            assertEquals("Studio", again.value("bedrooms"));
            assertEquals("Pool\nGym", again.value("amenities"));
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> f.cards.save(alice, f.cards.blank(alice, id, ZONE).withValue("lastName", "Vega")
                            .withValue("bedrooms", "Studio")), "a new card may not pick a retired choice");
            assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals("bedrooms")), refused.errors().toString());
        } finally {
            f.cardTemplates.removeTemplate(after);
        }
    }

    @Test
    void aBroadcastThatFailsAfterTheCommitDoesNotFailTheSaveOrTheTransfer() {
        org.cardfile.store.cards.internal.OfficeCards deaf = new org.cardfile.store.cards.internal.OfficeCards(f.cardsStore,
                f.sessions, f.cardTemplates, new org.cardfile.store.calls.internal.CallEntryLedger(f.callsStore, call -> {
                    throw new IllegalStateException("the event bus is down");
                }));
        long callId = ring("2175550158", GAZETTE, "WEST WANDA");
        Card saved = deaf.save(alice, deaf.forCall(alice, callId, "", ZONE).withValue("bedrooms", "2"));
        assertEquals(saved.id(), f.calls.get(alice, callId).cardId(), "the save was committed and the call linked");

        CardTransfer transfer = deaf.sendToOffice(alice, saved.id(), rita.officeId(), "");
        assertEquals(transfer.cardId(), f.cards.forCall(rita, transfer.callId(), "", ZONE).id());
    }

    @Test
    void anOldTransferStaysInTheLiveListOfABusyOffice() throws Exception {
        Instant now = Instant.now();
        String marker = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        String insert = "INSERT INTO CALL_ENTRY (DRIVER, SESSION_ID, OFFICE_ID, ANI, ANI_VALID, DNIS, DESTINATION, STATUS,"
                + " STARTED_AT, CALLER_NAME, ADVERTISING_SOURCE, CARD_TEMPLATE, UNKNOWN_DNIS, MATCHED_CUSTOMER_NAME,"
                + " OTHER_MATCHES, EARLIER_CONTACTS, LAST_CONTACT, TAKEN_BY, DISPOSED_BY, RECORDING) VALUES"
                + " (?, ?, ?, '+12175550100', ?, '', '', ?, ?, '', '', '', 0, '', 0, 0, '', '', '', '')";
        long transferId;
        try (Connection c = f.store.database().dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(insert, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, IncomingCall.TRANSFER_DRIVER);
                s.setString(2, marker + "-transfer");
                s.setLong(3, rita.officeId());
                s.setInt(4, 1);
                s.setString(5, CallStatus.RINGING.name());
                s.setTimestamp(6, Timestamp.from(now.minus(Duration.ofHours(2))));
                s.executeUpdate();
                try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    transferId = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(insert)) {
                for (int i = 0; i < 520; i++) {
                    s.setString(1, marker);
                    s.setString(2, marker + "-" + i);
                    s.setLong(3, rita.officeId());
                    s.setInt(4, 1);
                    s.setString(5, CallStatus.RINGING.name());
                    s.setTimestamp(6, Timestamp.from(now.minusSeconds(i)));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        try {
            List<IncomingCall> live = f.calls.live(rita, 0);
            assertTrue(live.stream().anyMatch(c -> c.id() == transferId),
                    "a morning of calls does not push the waiting transfer out");
            assertTrue(live.stream().filter(c -> c.driver().equals(marker)).count() >= 500);
        } finally {
            try (Connection c = f.store.database().dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement("UPDATE CALL_ENTRY SET STATUS = ?, ENDED_AT = ?"
                            + " WHERE DRIVER = ? OR ID = ?")) {
                s.setString(1, CallStatus.COMPLETED.name());
                s.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(1))));
                s.setString(3, marker);
                s.setLong(4, transferId);
                s.executeUpdate();
            }
        }
    }
}
