package org.cardfile.store.cards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardMatch;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.junit.jupiter.api.Test;

/** Matching cards, notes, and the office boundary around a card. */
class MatchingCardsAndNotesTest extends CardsFixture {
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

}
