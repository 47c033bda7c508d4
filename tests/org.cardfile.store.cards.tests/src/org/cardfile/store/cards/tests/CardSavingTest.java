package org.cardfile.store.cards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.cards.internal.InterleavingCardTemplates;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.junit.jupiter.api.Test;

/**
 * Cards saved and reopened as reps fill them in: every type of value, refused values, audited
 * changes, stale saves, office fields and follow-ups.
 */
class CardSavingTest extends CardsFixture {
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

}
