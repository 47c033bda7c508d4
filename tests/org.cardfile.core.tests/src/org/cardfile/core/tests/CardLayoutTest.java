package org.cardfile.core.tests;

import static org.cardfile.core.cards.FieldDefinition.choice;
import static org.cardfile.core.cards.FieldDefinition.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldType;
import org.junit.jupiter.api.Test;

class CardLayoutTest {

    private static CardLayout twoPages(FieldDefinition... backFields) {
        CardPage front = CardPage.of("front", "Front", CardSection.of("contact", "Contact",
                manual("lastName", "Last name", FieldType.TEXT), manual("firstName", "First name", FieldType.TEXT)));
        CardPage back = CardPage.of("back", "Back", CardSection.of("feedback", "Rental feedback", backFields));
        return new CardLayout("test.card", "Test card", "Testing", "", List.of(front, back),
                List.of("lastName", "firstName"), List.of(), List.of());
    }

    @Test
    void aFieldIdDeclaredTwiceIsRefusedEvenOnDifferentPages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> twoPages(manual("lastName", "Surname", FieldType.TEXT)));
        assertTrue(e.getMessage().contains("declares the field lastName twice"), e.getMessage());
    }

    @Test
    void aTitleFieldThatIsNotAFieldIsRefused() {
        CardPage page = CardPage.of("front", "Front",
                CardSection.of("contact", "Contact", manual("lastName", "Last name", FieldType.TEXT)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CardLayout("test.card", "Test", "", "", List.of(page), List.of("surname"), null, null));
        assertTrue(e.getMessage().contains("surname"), e.getMessage());
    }

    @Test
    void aChoiceFieldIsBuiltWithItsChoicesInOrder() {
        FieldDefinition outcome = choice("outcome", "Outcome", "Leased", "Not leased", "Undecided");
        assertEquals(List.of("Leased", "Not leased", "Undecided"), outcome.choices());
        assertEquals(FieldType.CHOICE, outcome.type());
        assertEquals(FieldType.MULTI_CHOICE, FieldDefinition.multiChoice("pets", "Pets", "Cat", "Dog").type());
        assertThrows(IllegalArgumentException.class, () -> manual("pets", "Pets", FieldType.MULTI_CHOICE));
    }

    @Test
    void customFieldsGoInAnOfficeFieldsSectionAtTheEndOfTheLastPage() {
        CardLayout shipped = twoPages(choice("outcome", "Outcome", "Leased", "Not leased"));
        CardLayout office = shipped.withCustomFields(List.of(manual("parkingSpace", "Parking space", FieldType.TEXT),
                manual("gateCode", "Gate code", FieldType.TEXT)));

        assertEquals(shipped.pages().get(0), office.pages().get(0));
        List<CardSection> back = office.pages().get(1).sections();
        assertEquals(List.of("feedback", CardLayout.CUSTOM_SECTION), back.stream().map(CardSection::id).toList());
        CardSection custom = back.get(1);
        assertEquals("Office fields", custom.title());
        assertEquals(List.of("parkingSpace", "gateCode"), custom.fields().stream().map(FieldDefinition::id).toList());
        assertTrue(custom.fields().stream().allMatch(FieldDefinition::custom), "custom fields are marked custom");
        assertEquals(List.of("lastName", "firstName"), office.titleFields());
    }

    @Test
    void aShippedFieldWinsOverACustomFieldWithTheSameId() {
        CardLayout shipped = twoPages(choice("outcome", "Outcome", "Leased", "Not leased"));
        CardLayout office = shipped.withCustomFields(List.of(manual("outcome", "Outcome (office)", FieldType.MEMO),
                manual("gateCode", "Gate code", FieldType.TEXT)));

        assertEquals("Outcome", office.field("outcome").orElseThrow().label());
        assertEquals(FieldType.CHOICE, office.field("outcome").orElseThrow().type());
        assertEquals(1, office.fields().filter(f -> f.id().equals("outcome")).count());
        assertTrue(office.field("gateCode").isPresent());
        // only a clash: nothing to add, nothing changes
        assertSame(shipped, shipped.withCustomFields(List.of(manual("outcome", "Outcome (office)", FieldType.MEMO))));
    }

    @Test
    void aCardIsTitledByItsTitleFieldsElseByTheTemplateName() {
        CardLayout layout = twoPages();
        assertEquals("Baker, Ben", layout.titleOf(java.util.Map.of("lastName", " Baker ", "firstName", "Ben")));
        assertEquals("Baker", layout.titleOf(java.util.Map.of("lastName", "Baker")));
        assertEquals("Test card", layout.titleOf(java.util.Map.of()));
    }
}
