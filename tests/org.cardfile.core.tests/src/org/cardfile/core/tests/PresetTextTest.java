package org.cardfile.core.tests;

import static org.cardfile.core.cards.FieldDefinition.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.FieldText;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.PresetText;
import org.junit.jupiter.api.Test;

class PresetTextTest {

    private final CardLayout layout = new CardLayout("test.card", "Test card", "", "",
            List.of(CardPage.of("front", "Front", CardSection.of("contact", "Contact",
                    manual("firstName", "First name", FieldType.TEXT), manual("moveIn", "Move-in date", FieldType.DATE),
                    manual("deposit", "Deposit", FieldType.MONEY)))),
            List.of("firstName"), List.of(), List.of());

    private String render(String text, Map<String, String> values) {
        return PresetText.render(text, layout, values, "Alice Adams", "Maple Court");
    }

    @Test
    void fieldsRepAndOfficeAreFilledIn() {
        assertEquals("Dear Ben, Alice Adams at Maple Court", render("Dear {firstName}, {rep} at {office}",
                Map.of("firstName", "Ben")));
    }

    @Test
    void anEmptyFieldBecomesNothingRatherThanABrace() {
        assertEquals("Dear ,", render("Dear {firstName},", Map.of()));
    }

    @Test
    void anUnknownPlaceholderStaysSoTheAuthorSeesTheMistake() {
        assertEquals("Dear {firstname}, {rent} {  } {}", render("Dear {firstname}, {rent} {  } {}",
                Map.of("firstName", "Ben")));
    }

    @Test
    void valuesReadAsOnThePrintoutAndAreTakenLiterally() {
        String moveIn = FieldText.display(layout.field("moveIn").orElseThrow(), "2026-12-15");
        assertEquals("Moving in " + moveIn, render("Moving in {moveIn}", Map.of("moveIn", "2026-12-15")));
        // a '$' or '\' typed by the rep is text, not a regular-expression group reference
        assertEquals("Hi $1 \\n O'Hara", render("Hi {firstName}", Map.of("firstName", "$1 \\n O'Hara")));
    }
}
