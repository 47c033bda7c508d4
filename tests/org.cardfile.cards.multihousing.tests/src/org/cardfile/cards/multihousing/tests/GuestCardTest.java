package org.cardfile.cards.multihousing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cardfile.cards.multihousing.internal.GuestCardTemplate;
import org.cardfile.cards.testsupport.SimulatedCall;
import org.cardfile.cards.testsupport.TemplateChecks;
import org.cardfile.cards.testsupport.TemplateChecks.RenderedPreset;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.ReminderKind;
import org.junit.jupiter.api.Test;

class GuestCardTest {

    private final CardLayout layout = new GuestCardTemplate().layout();

    /** A prospect's card as a leasing rep fills it in after a call and a showing. */
    static Map<String, String> filled() {
        Map<String, String> v = new HashMap<>();
        v.put("trackingNumber", "+12175550190");
        v.put("advertisingSource", "Springfield Gazette, Sunday classifieds");
        v.put("contactDate", "2026-11-24");
        v.put("contactTime", "09:02");
        v.put("callDuration", "4:05");
        v.put("firstName", "Ben");
        v.put("lastName", "Baker");
        v.put("phone", "(217) 555-0142");
        v.put("email", "ben.baker@example.com");
        v.put("street", "12 Elm Street");
        v.put("city", "Springfield");
        v.put("region", "IL");
        v.put("postalCode", "62701");
        v.put("rep", "Alice Adams");
        v.put("dateNeeded", "2027-01-01");
        v.put("rentFrom", "900");
        v.put("rentUpTo", "1250.50");
        v.put("occupants", "3");
        v.put("pets", "Cat\nDog under 25 lb");
        v.put("homeType", "Apartment");
        v.put("bedrooms", "2 bedrooms");
        v.put("otherNeeds", "Covered parking\nGround floor if possible");
        v.put("heardAbout", "Newspaper");
        v.put("likedMost", "The pool and the walk to the park.");
        v.put("homesShown", "Unit 4B: liked the kitchen.\nUnit 7A: too dark.");
        v.put("outcome", "Leased");
        v.put("moveInDate", "2026-12-15");
        v.put("feedbackNotes", "Signed for 4B, twelve months.");
        return v;
    }

    private String messageFor(String fieldId, String value) {
        return TemplateChecks.onlyProblemWith(layout, filled(), fieldId, value);
    }

    @Test
    void tracksTheIdTheLeasingDeskNumbersName() {
        assertEquals("multihousing.guest", layout.id());
        assertEquals(List.of("front", "back"), layout.pages().stream().map(p -> p.id()).toList());
        assertEquals(List.of(ReminderKind.FOLLOW_UP, ReminderKind.APPOINTMENT), layout.reminderKinds());
    }

    @Test
    void everyFieldIdIsUniqueEvenIgnoringCase() {
        Set<String> seen = TemplateChecks.fieldIdsAreUniqueIgnoringCase(layout);
        assertTrue(seen.size() > 25, "the guest card has all its fields: " + seen.size());
    }

    @Test
    void theLastNameIsRequiredAndTheMessageNamesIt() {
        String message = TemplateChecks.blankIsRefused(layout, filled(), "lastName");
        assertTrue(message.contains("Last name"), message);
    }

    @Test
    void anEmptyCardIsRefusedOnlyForItsRequiredFields() {
        Map<String, String> refused = TemplateChecks.emptyCardIsRefusedForTheRequiredFields(layout);
        assertEquals(Set.of("lastName"), refused.keySet());
    }

    @Test
    void aRealisticFilledCardPasses() {
        TemplateChecks.passes(layout, filled());
        assertEquals("Baker, Ben", layout.titleOf(filled()));
    }

    @Test
    void badValuesAreRefusedWithWhatToType() {
        assertTrue(messageFor("rentUpTo", "abc").startsWith("Rent up to must be an amount"));
        assertTrue(messageFor("rentFrom", "12.345").contains("amount"));
        assertEquals("Number of occupants must be at least 1.", messageFor("occupants", "0"));
        assertEquals("Number of occupants must be at most 20.", messageFor("occupants", "21"));
        assertTrue(messageFor("occupants", "2.5").contains("whole number"));
        assertTrue(messageFor("email", "ben.baker.example.com").startsWith("E-mail must be an e-mail address"));
        assertTrue(messageFor("homeType", "Castle").contains("Type of home must be one of: Apartment, Townhome"));
        assertTrue(messageFor("pets", "Cat\nDragon").contains("\"Dragon\""));
        assertTrue(messageFor("dateNeeded", "next spring").contains("Date needed must be a date"));
        assertTrue(messageFor("outcome", "leased").contains("Outcome must be one of"));
    }

    @Test
    void aCallFillsTheFixedAndVariableFieldsAndLeavesTheRepsOwnFieldsEmpty() {
        Instant start = Instant.parse("2026-11-24T15:02:00Z");
        IncomingCall call = SimulatedCall.from("+12175550142", "BAKER BEN").to("+12175550190", "Leasing desk")
                .source("Springfield Gazette, Sunday classifieds", "multihousing.guest").startedAt(start)
                .lasting(Duration.ofSeconds(245)).completed();
        Map<String, String> values = TemplateChecks.prefilledFrom(call, layout, "Alice Adams",
                "Springfield Leasing Office", start.plusSeconds(300), ZoneId.of("America/Chicago"));

        assertEquals("+12175550190", values.get("trackingNumber"));
        assertEquals("Springfield Gazette, Sunday classifieds", values.get("advertisingSource"));
        assertEquals("2026-11-24", values.get("contactDate"));
        assertEquals("09:02", values.get("contactTime"));
        assertEquals("4:05", values.get("callDuration"));
        assertEquals("Ben", values.get("firstName"));
        assertEquals("Baker", values.get("lastName"));
        assertEquals("+12175550142", values.get("phone"));
        assertEquals("Alice Adams", values.get("rep"));
        // what the call gave is valid as it stands: the rep can save without retyping it
        TemplateChecks.passes(layout, values);
    }

    @Test
    void eachPresetReadsAsAFinishedLetterForAFilledCard() {
        Map<String, RenderedPreset> presets = TemplateChecks.presetsRenderCompletely(layout, filled(), "Alice Adams",
                "Maple Court Apartments");
        assertEquals(Set.of("thankYou", "showingFollowUp"), presets.keySet());
        for (RenderedPreset preset : presets.values()) {
            String subject = preset.subject();
            String body = preset.body();
            assertTrue(subject.contains("Maple Court Apartments"), subject);
            assertTrue(body.startsWith("Dear Ben,"), body);
            assertTrue(body.contains("Alice Adams\nMaple Court Apartments"), body);
        }
    }

    @Test
    void theIdentityOfAFilledCardNamesTheProspect() {
        CardIdentity who = TemplateChecks.identityNames(layout, filled(), "Ben Baker");
        assertEquals("(217) 555-0142", who.phone());
        assertEquals("ben.baker@example.com", who.email());
        assertEquals("62701", who.postalCode());
        assertFalse(CardIdentity.of(layout, Map.of("firstName", "Ben")).namesSomeone());
    }
}
