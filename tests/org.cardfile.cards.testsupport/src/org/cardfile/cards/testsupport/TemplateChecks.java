package org.cardfile.cards.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPrefill;
import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.EmailPreset;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.PresetText;
import org.cardfile.core.service.FieldError;

/**
 * The checks every card template must pass, as a rep would notice them. Each takes the template's
 * {@link CardLayout} and, where it needs one, a realistic filled card; each asserts what holds for
 * every template and returns what it looked at, so that the template's own test can go on to check
 * its labels, messages and texts.
 */
public final class TemplateChecks {
    private static final String LEFTOVER_PLACEHOLDER = "(?s).*\\{[^}]*\\}.*";

    private TemplateChecks() {
    }

    /**
     * Saved values are keyed by id: ids differing only in case would collide in a case-folding store.
     *
     * @return the ids, in lower case
     */
    public static Set<String> fieldIdsAreUniqueIgnoringCase(CardLayout layout) {
        Set<String> seen = new HashSet<>();
        layout.fields().forEach(f -> assertTrue(seen.add(f.id().toLowerCase(Locale.ROOT)), "twice: " + f.id()));
        return seen;
    }

    /**
     * An empty card is refused exactly for the required fields, once each, each message naming the
     * field's label.
     *
     * @return the messages by field id
     */
    public static Map<String, String> emptyCardIsRefusedForTheRequiredFields(CardLayout layout) {
        List<FieldError> errors = CardValidator.validate(layout, Map.of());
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> assertEquals(null, byField.put(e.field(), e.message()), "refused twice: " + e.field()));
        Set<String> required = layout.fields().filter(FieldDefinition::required).map(FieldDefinition::id)
                .collect(Collectors.toSet());
        assertEquals(required, byField.keySet());
        assertEquals(layout.fields().filter(FieldDefinition::required).count(), errors.size());
        layout.fields().filter(FieldDefinition::required).forEach(f -> assertTrue(
                byField.get(f.id()).contains(f.label()), f.id() + ": the message does not name " + f.label() + ": "
                        + byField.get(f.id())));
        return byField;
    }

    /**
     * A required field left blank (only spaces) on an otherwise filled card is its one problem.
     *
     * @return the message, which names the field's label
     */
    public static String blankIsRefused(CardLayout layout, Map<String, String> filled, String fieldId) {
        String message = onlyProblemWith(layout, filled, fieldId, "   ");
        String label = layout.field(fieldId).orElseThrow().label();
        assertTrue(message.contains(label), message);
        return message;
    }

    /** The card passes {@link CardValidator} as it stands: the rep can save it. */
    public static void passes(CardLayout layout, Map<String, String> values) {
        assertEquals(List.of(), CardValidator.validate(layout, values));
    }

    /**
     * The filled card with one value changed has exactly one problem, on that field.
     *
     * @return the message, for the template's test to check what it tells the rep to type
     */
    public static String onlyProblemWith(CardLayout layout, Map<String, String> filled, String fieldId, String value) {
        Map<String, String> values = new HashMap<>(filled);
        values.put(fieldId, value);
        List<FieldError> errors = CardValidator.validate(layout, values);
        assertEquals(1, errors.size(), "one problem expected for " + fieldId + "=" + value + ": " + errors);
        assertEquals(fieldId, errors.get(0).field());
        return errors.get(0).message();
    }

    /**
     * What {@link CardPrefill} fills from the call (no customer on file): never a manual field, which
     * is the rep's to type.
     *
     * @return the prefilled values, for the template's test to check each fixed and variable field
     */
    public static Map<String, String> prefilledFrom(IncomingCall call, CardLayout layout, String rep, String office,
            Instant now, ZoneId zone) {
        Map<String, String> values = new CardPrefill(call, null, rep, office, now, zone).values(layout);
        layout.fields().filter(f -> f.kind() == FieldKind.MANUAL)
                .forEach(f -> assertFalse(values.containsKey(f.id()), "manual field filled: " + f.id()));
        return values;
    }

    /** A preset as the customer reads it. */
    public record RenderedPreset(String subject, String body) {
        /** The subject, a line break and the body. */
        public String text() {
            return subject + "\n" + body;
        }
    }

    /**
     * Every e-mail preset rendered for the filled card, with no leftover {@code {…}} in its subject
     * or body.
     *
     * @return the rendered presets by id
     */
    public static Map<String, RenderedPreset> presetsRenderCompletely(CardLayout layout, Map<String, String> filled,
            String rep, String office) {
        Map<String, RenderedPreset> rendered = new LinkedHashMap<>();
        for (EmailPreset preset : layout.emailPresets()) {
            String subject = PresetText.render(preset.subject(), layout, filled, rep, office);
            String body = PresetText.render(preset.body(), layout, filled, rep, office);
            assertFalse((subject + body).matches(LEFTOVER_PLACEHOLDER), preset.id() + " left a placeholder: " + body);
            assertEquals(null, rendered.put(preset.id(), new RenderedPreset(subject, body)), "preset twice: " + preset.id());
        }
        return rendered;
    }

    /**
     * The identity of the filled card names the person, enough to file a customer record under.
     *
     * @return the identity, for the template's test to check its contact details
     */
    public static CardIdentity identityNames(CardLayout layout, Map<String, String> filled, String displayName) {
        CardIdentity who = CardIdentity.of(layout, filled);
        assertEquals(displayName, who.displayName());
        assertTrue(who.namesSomeone());
        return who;
    }
}
