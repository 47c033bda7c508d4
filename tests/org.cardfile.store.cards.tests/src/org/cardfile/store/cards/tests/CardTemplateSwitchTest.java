package org.cardfile.store.cards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.cardfile.store.testsupport.RecordingEventAdmin;
import org.junit.jupiter.api.Test;

/** Workstations hear of template changes; a template switched off for an office keeps its cards. */
class CardTemplateSwitchTest extends CardsFixture {
    @Test
    void workstationsHearWhenAnOfficeFieldIsAddedOrATemplateComesOrGoes() {
        RecordingEventAdmin recorder = new RecordingEventAdmin();
        List<org.osgi.service.event.Event> posted = recorder.posted;
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
        RecordingEventAdmin recorder = new RecordingEventAdmin();
        List<org.osgi.service.event.Event> posted = recorder.posted;
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
}
