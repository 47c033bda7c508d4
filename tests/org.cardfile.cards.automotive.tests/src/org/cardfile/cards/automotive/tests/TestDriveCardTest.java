package org.cardfile.cards.automotive.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cardfile.cards.automotive.internal.TestDriveCardTemplate;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPrefill;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.EmailPreset;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.PresetText;
import org.cardfile.core.service.FieldError;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The checks every partner template should pass; docs/partner-guide.md points here. Copy this class
 * into your test fragment, change the template, the filled card and the expected messages.
 */
class TestDriveCardTest {

    private final CardLayout layout = new TestDriveCardTemplate().layout();

    /** A card as a salesperson fills it in: your most typical customer, every field typed. */
    static Map<String, String> filled() {
        Map<String, String> v = new HashMap<>();
        v.put("trackingNumber", "+12175550170");
        v.put("advertisingSource", "Radio, morning drive");
        v.put("contactDate", "2026-11-24");
        v.put("firstName", "Dana");
        v.put("lastName", "Diaz");
        v.put("phone", "(217) 555-0177");
        v.put("email", "dana.diaz@example.com");
        v.put("street", "4 Oak Lane");
        v.put("city", "Springfield");
        v.put("region", "IL");
        v.put("postalCode", "62704");
        v.put("salesperson", "Sam Stone");
        v.put("licenceNumber", "D123-4567-8901");
        v.put("licenceState", "Illinois");
        v.put("licenceExpires", "2029-05-31");
        v.put("licenceChecked", "true");
        v.put("vehicle", "2027 Ridgeway SUV");
        v.put("condition", "New");
        v.put("stockNumber", "N4471");
        v.put("vin", "1HGCM82633A004352");
        v.put("driveStart", "2026-11-24T11:00");
        v.put("driveEnd", "2026-11-24T11:40");
        v.put("odometerOut", "12");
        v.put("odometerIn", "31");
        v.put("purchaseType", "Lease");
        v.put("leaseTerm", "36 months");
        v.put("yearlyMiles", "12000");
        v.put("monthlyBudget", "450");
        v.put("downPayment", "2500.00");
        v.put("tradeIn", "false");
        v.put("outcome", "Thinking it over");
        return v;
    }

    private String messageFor(String fieldId, String value) {
        Map<String, String> values = filled();
        values.put(fieldId, value);
        List<FieldError> errors = CardValidator.validate(layout, values);
        assertEquals(1, errors.size(), "one problem expected for " + fieldId + "=" + value + ": " + errors);
        assertEquals(fieldId, errors.get(0).field());
        return errors.get(0).message();
    }

    /** The workbench and the server see a template only if Felix SCR registers it. */
    @Test
    void theTemplateIsRegisteredByDeclarativeServices() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(TestDriveCardTest.class).getBundleContext();
        ServiceTracker<CardTemplate, CardTemplate> tracker = new ServiceTracker<>(context, CardTemplate.class, null);
        tracker.open();
        try {
            CardTemplate template = tracker.waitForService(20_000);
            assertNotNull(template, "no card template registered");
            assertEquals("automotive.test-drive", template.id());
        } finally {
            tracker.close();
        }
    }

    @Test
    void everyFieldIdIsUniqueEvenIgnoringCase() {
        Set<String> seen = new HashSet<>();
        layout.fields().forEach(f -> assertTrue(seen.add(f.id().toLowerCase(Locale.ROOT)), "twice: " + f.id()));
    }

    /** Matching, the customer record, e-mail and Send to Community read the person through these sources. */
    @Test
    void thePersonIsMarkedWithTheIdentitySources() {
        for (FieldSource source : List.of(FieldSource.FIRST_NAME, FieldSource.LAST_NAME, FieldSource.PHONE,
                FieldSource.EMAIL, FieldSource.STREET, FieldSource.CITY, FieldSource.REGION, FieldSource.POSTAL_CODE)) {
            assertTrue(layout.fieldFor(source).isPresent(), "no field carries " + source);
        }
        CardIdentity who = CardIdentity.of(layout, filled());
        assertEquals("Dana Diaz", who.displayName());
        assertEquals("dana.diaz@example.com", who.email());
        assertEquals("(217) 555-0177", who.phone());
    }

    @Test
    void anEmptyCardIsRefusedOnlyForTheRequiredFieldsWithTheirLabels() {
        Map<String, String> byField = CardValidator.validate(layout, Map.of()).stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message));
        assertEquals(Set.of("lastName", "licenceChecked", "vehicle"), byField.keySet());
        assertEquals("Licence seen and copied is required.", byField.get("licenceChecked"));
        assertEquals(layout.fields().filter(FieldDefinition::required).count(), byField.size());
    }

    @Test
    void aRealisticFilledCardPasses() {
        assertEquals(List.of(), CardValidator.validate(layout, filled()));
        assertEquals("Diaz, Dana, 2027 Ridgeway SUV", layout.titleOf(filled()));
    }

    @Test
    void badValuesAreRefusedWithWhatToType() {
        assertTrue(messageFor("vin", "1HGCM82633A00435O").startsWith("VIN: type the 17 characters"));
        assertTrue(messageFor("vin", "1HGCM826").startsWith("VIN:"));
        assertEquals("Monthly budget must be an amount such as 1250 or 1250.50.", messageFor("monthlyBudget", "abc"));
        assertEquals("Odometer back must be at least 0.", messageFor("odometerIn", "-5"));
        assertTrue(messageFor("email", "dana.diaz.example.com").startsWith("E-mail must be an e-mail address"));
        assertTrue(messageFor("leaseTerm", "60 months").startsWith("Lease term must be one of: 24 months"));
        assertEquals("Licence seen and copied must be yes or no.", messageFor("licenceChecked", "yes"));
    }

    @Test
    void aCallFillsTheFixedAndVariableFieldsAndLeavesTheManualOnesEmpty() {
        Instant start = Instant.parse("2026-11-24T15:02:00Z");
        Map<String, String> values = new CardPrefill(
                SimulatedCall.completed("+12175550177", "+12175550170", "DIAZ DANA", "Radio, morning drive",
                        "automotive.test-drive", start, Duration.ofMinutes(3)),
                null, "Sam Stone", "Springfield Motors", start, ZoneId.of("America/Chicago")).values(layout);
        assertEquals("+12175550170", values.get("trackingNumber"));
        assertEquals("Radio, morning drive", values.get("advertisingSource"));
        assertEquals("Dana", values.get("firstName"));
        assertEquals("Diaz", values.get("lastName"));
        assertEquals("+12175550177", values.get("phone"));
        assertEquals("Sam Stone", values.get("salesperson"));
        layout.fields().filter(f -> f.kind() == FieldKind.MANUAL)
                .forEach(f -> assertFalse(values.containsKey(f.id()), "manual field filled: " + f.id()));
    }

    @Test
    void everyPresetReadsAsAFinishedLetter() {
        for (EmailPreset preset : layout.emailPresets()) {
            String text = PresetText.render(preset.subject() + "\n" + preset.body(), layout, filled(), "Sam Stone",
                    "Springfield Motors");
            assertFalse(text.matches("(?s).*\\{[^}]*\\}.*"), preset.id() + " left a placeholder: " + text);
            assertTrue(text.contains("Dear Dana,"), text);
            assertTrue(text.contains("2027 Ridgeway SUV"), text);
        }
    }
}
