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

import org.cardfile.cards.multihousing.internal.ServiceRequestCardTemplate;
import org.cardfile.cards.testsupport.SimulatedCall;
import org.cardfile.cards.testsupport.TemplateChecks;
import org.cardfile.cards.testsupport.TemplateChecks.RenderedPreset;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.FieldText;
import org.cardfile.core.cards.ReminderKind;
import org.junit.jupiter.api.Test;

class ServiceRequestCardTest {

    private final CardLayout layout = new ServiceRequestCardTemplate().layout();

    /** A leaking sink reported by a resident, fixed, and rated afterwards. */
    static Map<String, String> filled() {
        Map<String, String> v = new HashMap<>();
        v.put("building", "Maple Court, building 2");
        v.put("unit", "4B");
        v.put("tenantFirstName", "Ben");
        v.put("tenantLastName", "Baker");
        v.put("tenantPhone", "(217) 555-0142");
        v.put("tenantEmail", "ben.baker@example.com");
        v.put("reportedAt", "2026-11-24T09:02");
        v.put("takenBy", "Alice Adams");
        v.put("repairType", "Plumbing");
        v.put("priority", "Urgent – same day");
        v.put("requestedWork", "Kitchen sink drips under the cabinet; bucket in place.");
        v.put("history", "Same trap replaced in March.");
        v.put("specialInstructions", "Dog in the bedroom, keep the door shut.");
        v.put("access", "Call tenant first");
        v.put("appointmentAt", "2026-11-24T14:30");
        v.put("onCallPaged", "false");
        v.put("assignedTo", "Walter Wu");
        v.put("startNotified", "true");
        v.put("workStartedAt", "2026-11-24T14:35");
        v.put("completeNotified", "true");
        v.put("workCompletedAt", "2026-11-24T15:10");
        v.put("workDone", "Replaced the P-trap and washer.");
        v.put("satisfaction", "5 – Very satisfied");
        v.put("surveyComments", "Quick and tidy.");
        return v;
    }

    private String messageFor(String fieldId, String value) {
        return TemplateChecks.onlyProblemWith(layout, filled(), fieldId, value);
    }

    @Test
    void tracksTheIdTheMaintenanceLineNames() {
        assertEquals("multihousing.service-request", layout.id());
        assertEquals(List.of(ReminderKind.APPOINTMENT, ReminderKind.FOLLOW_UP), layout.reminderKinds());
    }

    @Test
    void everyFieldIdIsUniqueEvenIgnoringCase() {
        TemplateChecks.fieldIdsAreUniqueIgnoringCase(layout);
    }

    @Test
    void theEmergencyClassIsOfferedFirst() {
        List<String> priorities = layout.field("priority").orElseThrow().choices();
        assertEquals(3, priorities.size(), priorities.toString());
        assertTrue(priorities.get(0).startsWith("Emergency"), priorities.toString());
        assertTrue(priorities.get(1).startsWith("Urgent"), priorities.toString());
        assertTrue(priorities.get(2).startsWith("Routine"), priorities.toString());
    }

    @Test
    void anEmptyRequestIsRefusedForWhereWhatAndHowUrgentWithTheirLabels() {
        Map<String, String> byField = TemplateChecks.emptyCardIsRefusedForTheRequiredFields(layout);
        assertEquals(Set.of("building", "unit", "repairType", "priority", "requestedWork"), byField.keySet());
        assertEquals("Building is required.", byField.get("building"));
        assertEquals("Apartment is required.", byField.get("unit"));
        assertEquals("Work requested is required.", byField.get("requestedWork"));
    }

    @Test
    void aRealisticFilledRequestPasses() {
        TemplateChecks.passes(layout, filled());
        assertEquals("Maple Court, building 2, 4B, Baker", layout.titleOf(filled()));
    }

    @Test
    void badValuesAreRefusedWithWhatToType() {
        assertTrue(messageFor("priority", "Whenever").startsWith("Priority must be one of: Emergency"));
        assertTrue(messageFor("onCallPaged", "maybe").contains("On-call staff paged must be yes or no"));
        assertTrue(messageFor("workCompletedAt", "tomorrow").contains("Work completed must be a date and time"));
        assertTrue(messageFor("tenantEmail", "ben at example").startsWith("Tenant e-mail must be an e-mail address"));
        assertTrue(messageFor("satisfaction", "6").startsWith("Tenant's rating must be one of"));
        assertTrue(messageFor("unit", "4B\n5C").contains("single line"));
    }

    @Test
    void aCallToTheMaintenanceLineFillsTheTenantAndLeavesTheRequestToTheRep() {
        Instant start = Instant.parse("2026-11-24T15:02:00Z");
        IncomingCall call = SimulatedCall.from("+12175550142", "BAKER BEN").to("+12175550192", "Leasing desk")
                .source("Resident maintenance line", "multihousing.service-request").startedAt(start)
                .lasting(Duration.ofSeconds(90)).completed();
        Map<String, String> values = TemplateChecks.prefilledFrom(call, layout, "Alice Adams",
                "Springfield Leasing Office", start, ZoneId.of("America/Chicago"));
        assertEquals("Ben", values.get("tenantFirstName"));
        assertEquals("Baker", values.get("tenantLastName"));
        assertEquals("+12175550142", values.get("tenantPhone"));
        assertEquals("2026-11-24T09:02", values.get("reportedAt"));
        assertEquals("Alice Adams", values.get("takenBy"));
    }

    @Test
    void bothPresetsReadAsFinishedLettersForAFilledRequest() {
        Map<String, RenderedPreset> presets = TemplateChecks.presetsRenderCompletely(layout, filled(), "Alice Adams",
                "Maple Court Apartments");
        assertEquals(Set.of("appointmentConfirmation", "workCompleted"), presets.keySet());
        for (RenderedPreset preset : presets.values()) {
            String text = preset.text();
            assertTrue(text.contains("Dear Ben,"), text);
            assertTrue(text.contains("apartment 4B, Maple Court, building 2 (Plumbing)"), text);
        }
        String confirmation = presets.get("appointmentConfirmation").body();
        assertTrue(confirmation.contains("Permission to enter: Call tenant first."), confirmation);
        // the date and time read as on the printout, not as stored
        String when = FieldText.display(layout.field("appointmentAt").orElseThrow(), "2026-11-24T14:30");
        assertFalse(when.contains("T14"), when);
        assertTrue(confirmation.contains("A technician will come on " + when + "."), confirmation);
        String survey = presets.get("workCompleted").body();
        assertTrue(survey.contains("from 1 (very dissatisfied) to 5 (very satisfied)"), survey);
    }

    @Test
    void theIdentityOfAFilledRequestNamesTheTenant() {
        CardIdentity who = TemplateChecks.identityNames(layout, filled(), "Ben Baker");
        assertEquals("ben.baker@example.com", who.email());
        assertEquals("(217) 555-0142", who.phone());
    }
}
