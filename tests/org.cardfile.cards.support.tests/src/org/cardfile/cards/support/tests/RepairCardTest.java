package org.cardfile.cards.support.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.cardfile.cards.support.internal.RepairCardTemplate;
import org.cardfile.cards.testsupport.RegisteredTemplates;
import org.cardfile.cards.testsupport.SimulatedCall;
import org.cardfile.cards.testsupport.TemplateChecks;
import org.cardfile.cards.testsupport.TemplateChecks.RenderedPreset;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTemplate;
import org.junit.jupiter.api.Test;

class RepairCardTest {

    private final CardLayout layout = new RepairCardTemplate().layout();

    /** A dead coffee maker under warranty, sent in for repair. */
    static Map<String, String> filled() {
        Map<String, String> v = new HashMap<>();
        v.put("contactDate", "2026-11-24");
        v.put("customerNumber", "C-1042");
        v.put("firstName", "Ben");
        v.put("lastName", "Baker");
        v.put("phone", "(217) 555-0142");
        v.put("email", "ben.baker@example.com");
        v.put("street", "12 Elm Street");
        v.put("city", "Springfield");
        v.put("region", "IL");
        v.put("postalCode", "62701");
        v.put("takenBy", "Rita Ruiz");
        v.put("product", "BrewMaster 3000 coffee maker");
        v.put("serialNumber", "BM3-20417-X");
        v.put("purchaseDate", "2026-03-02");
        v.put("warranty", "In warranty");
        v.put("problemCode", "P01");
        v.put("problemDescription", "No lights, no heat, fuse checked.");
        v.put("solutionCode", "S01");
        v.put("solutionNotes", "Reset and other outlet tried; sending in.");
        v.put("rmaNumber", "RMA-20417");
        v.put("repairStatus", "Waiting for parts");
        return v;
    }

    private String messageFor(String fieldId, String value) {
        return TemplateChecks.onlyProblemWith(layout, filled(), fieldId, value);
    }

    @Test
    void theRepairCardIsRegisteredByDeclarativeServices() throws InterruptedException {
        CardTemplate template = RegisteredTemplates.await(RepairCardTest.class, "support.repair");
        assertNotNull(template, "no card template registered");
        assertEquals("support.repair", template.id());
        assertEquals("Repair card", template.layout().name());
    }

    @Test
    void everyFieldIdIsUniqueEvenIgnoringCase() {
        TemplateChecks.fieldIdsAreUniqueIgnoringCase(layout);
    }

    @Test
    void anEmptyCardIsRefusedForTheCustomerProductAndProblemWithTheirLabels() {
        Map<String, String> byField = TemplateChecks.emptyCardIsRefusedForTheRequiredFields(layout);
        assertEquals(Set.of("lastName", "product", "serialNumber", "problemDescription"), byField.keySet());
        assertEquals("Serial number is required.", byField.get("serialNumber"));
        assertEquals("Problem described by the customer is required.", byField.get("problemDescription"));
    }

    @Test
    void aRealisticFilledCardPasses() {
        TemplateChecks.passes(layout, filled());
        assertEquals("Baker, Ben, BM3-20417-X", layout.titleOf(filled()));
    }

    @Test
    void badValuesAreRefusedWithWhatToType() {
        assertEquals("Problem code: type a code from the problem code list, such as P01.",
                messageFor("problemCode", "no power"));
        assertTrue(messageFor("solutionCode", "S01 and S02").contains("solution code list"));
        assertTrue(messageFor("serialNumber", "#12").startsWith("Serial number: type the serial number"));
        assertEquals("Warranty must be one of: In warranty, Extended warranty, Out of warranty.",
                messageFor("warranty", "Lifetime"));
        assertTrue(messageFor("repairStatus", "Lost").contains("Received, Diagnosing, Waiting for parts, Repaired, "
                + "Returned, Unrepairable"));
        assertTrue(messageFor("email", "ben@").startsWith("E-mail must be an e-mail address"));
        assertTrue(messageFor("purchaseDate", "03/02/2026").contains("must be a date"));
    }

    @Test
    void aCallToTheRepairLineFillsTheCallerAndLeavesTheProductToTheRep() {
        Instant start = Instant.parse("2026-11-24T15:02:00Z");
        IncomingCall call = SimulatedCall.from("+12175550142", "Ben Baker").to("+12175550195", "Repair counter")
                .source("Yellow Pages, appliance repair", "support.repair").startedAt(start)
                .lasting(Duration.ofMinutes(6)).completed();
        Map<String, String> values = TemplateChecks.prefilledFrom(call, layout, "Rita Ruiz",
                "Shelbyville Repair Facility", start, ZoneId.of("America/Chicago"));
        assertEquals("Ben", values.get("firstName"));
        assertEquals("Baker", values.get("lastName"));
        assertEquals("+12175550142", values.get("phone"));
        assertEquals("2026-11-24", values.get("contactDate"));
        assertEquals("Rita Ruiz", values.get("takenBy"));
    }

    @Test
    void theRmaInstructionsNameTheNumberTheProductAndTheSender() {
        Map<String, RenderedPreset> presets = TemplateChecks.presetsRenderCompletely(layout, filled(), "Rita Ruiz",
                "Shelbyville Repair Facility");
        assertTrue(presets.containsKey("rmaInstructions"), presets.keySet().toString());
        String subject = presets.get("rmaInstructions").subject();
        String body = presets.get("rmaInstructions").body();
        assertEquals("Return authorisation RMA-20417 for your BrewMaster 3000 coffee maker", subject);
        assertTrue(body.startsWith("Dear Ben Baker,"), body);
        assertTrue(body.contains("Write the RMA number RMA-20417 clearly"), body);
        assertTrue(body.contains("(serial number BM3-20417-X)"), body);
        assertTrue(body.endsWith("Rita Ruiz\nShelbyville Repair Facility\n"), body);
    }

    @Test
    void theIdentityOfAFilledCardNamesTheCustomer() {
        CardIdentity who = TemplateChecks.identityNames(layout, filled(), "Ben Baker");
        assertEquals("ben.baker@example.com", who.email());
        assertEquals("12 Elm Street", who.street());
    }
}
