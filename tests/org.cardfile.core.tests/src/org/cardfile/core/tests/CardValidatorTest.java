package org.cardfile.core.tests;

import static org.cardfile.core.cards.FieldDefinition.choice;
import static org.cardfile.core.cards.FieldDefinition.fixed;
import static org.cardfile.core.cards.FieldDefinition.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.cardfile.core.cards.CardValidator;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.service.FieldError;
import org.junit.jupiter.api.Test;

class CardValidatorTest {

    private static String problem(FieldDefinition field, String value) {
        Optional<FieldError> error = CardValidator.check(field, value);
        assertTrue(error.isPresent(), field.label() + " accepted \"" + value + "\"");
        assertEquals(field.id(), error.get().field());
        return error.get().message();
    }

    private static void accepted(FieldDefinition field, String... values) {
        for (String value : values) {
            assertEquals(Optional.empty(), CardValidator.check(field, value), field.label() + " refused \"" + value + "\"");
        }
    }

    @Test
    void requiredMeansSomethingOtherThanBlanks() {
        FieldDefinition name = manual("lastName", "Last name", FieldType.TEXT).asRequired();
        assertEquals("Last name is required.", problem(name, ""));
        assertEquals("Last name is required.", problem(name, "  \t"));
        assertEquals("Last name is required.", problem(name, null));
        accepted(manual("firstName", "First name", FieldType.TEXT), "", null);
    }

    @Test
    void anEmptyFixedFieldIsNotTheRepsFaultEvenWhenRequired() {
        // a walk-in has no tracking number; the rep cannot type one into a read-only field
        accepted(fixed("trackingNumber", "Number dialled", FieldType.TEXT, FieldSource.TRACKING_NUMBER).asRequired(), "");
    }

    @Test
    void numbers() {
        FieldDefinition occupants = manual("occupants", "Number of occupants", FieldType.NUMBER).withRange(1, 20);
        accepted(occupants, "1", "20", " 3 ", "2.5");
        assertEquals("Number of occupants must be a number such as 2 or 2.5.", problem(occupants, "two"));
        assertEquals("Number of occupants must be a number such as 2 or 2.5.", problem(occupants, "1e3"));
        assertEquals("Number of occupants must be a number such as 2 or 2.5.", problem(occupants, "1,5"));
        assertEquals("Number of occupants must be at least 1.", problem(occupants, "0"));
        assertEquals("Number of occupants must be at most 20.", problem(occupants, "20.01"));
        accepted(manual("balance", "Balance", FieldType.NUMBER), "-12.75");
    }

    @Test
    void moneyHasAtMostTwoDecimals() {
        FieldDefinition rent = manual("rent", "Rent", FieldType.MONEY).withRange(0, 10_000);
        accepted(rent, "0", "1250", "1250.5", "1250.50");
        assertEquals("Rent must be an amount such as 1250 or 1250.50.", problem(rent, "1250.505"));
        assertEquals("Rent must be an amount such as 1250 or 1250.50.", problem(rent, "$1,250"));
        assertEquals("Rent must be at least 0.", problem(rent, "-1"));
    }

    @Test
    void datesAndTimesAreCalendarChecked() {
        FieldDefinition moveIn = manual("moveIn", "Move-in date", FieldType.DATE);
        accepted(moveIn, "2028-02-29");
        assertEquals("Move-in date must be a date (YYYY-MM-DD).", problem(moveIn, "2026-02-30"));
        assertEquals("Move-in date must be a date (YYYY-MM-DD).", problem(moveIn, "12/15/2026"));
        FieldDefinition time = manual("time", "Time", FieldType.TIME);
        accepted(time, "00:00", "23:59");
        assertEquals("Time must be a time (HH:MM).", problem(time, "24:00"));
        assertEquals("Time must be a time (HH:MM).", problem(time, "2pm"));
        FieldDefinition appointment = manual("appointment", "Appointment", FieldType.DATETIME);
        accepted(appointment, "2026-11-24T14:30");
        assertTrue(problem(appointment, "2026-11-24").startsWith("Appointment must be a date and time"));
    }

    @Test
    void yesNoIsStoredAsTrueOrFalseOnly() {
        FieldDefinition paged = manual("paged", "On-call staff paged", FieldType.BOOLEAN);
        accepted(paged, "true", "false");
        assertEquals("On-call staff paged must be yes or no.", problem(paged, "yes"));
        assertEquals("On-call staff paged must be yes or no.", problem(paged, "TRUE"));
    }

    @Test
    void choicesMatchExactly() {
        FieldDefinition outcome = choice("outcome", "Outcome", "Leased", "Not leased");
        accepted(outcome, "Leased");
        assertEquals("Outcome must be one of: Leased, Not leased.", problem(outcome, "leased"));
        FieldDefinition pets = FieldDefinition.multiChoice("pets", "Pets", "Cat", "Dog");
        accepted(pets, "Cat", "Cat\nDog", "Dog\n\nCat\n");
        assertEquals("Pets: \"Parrot\" is not one of Cat, Dog.", problem(pets, "Cat\nParrot"));
    }

    @Test
    void emailAndPhone() {
        FieldDefinition email = manual("email", "E-mail", FieldType.EMAIL);
        accepted(email, "ben.baker@example.com");
        for (String bad : new String[] { "ben.baker.example.com", "ben@example", "ben baker@example.com", "a@b@c.com" }) {
            assertEquals("E-mail must be an e-mail address such as name@example.com.", problem(email, bad));
        }
        FieldDefinition phone = manual("phone", "Phone", FieldType.PHONE);
        accepted(phone, "(217) 555-0142", "+1 217 555 0142", "217.555.0142 ext. 12");
        assertEquals("Phone must be a telephone number such as (217) 555-0142.", problem(phone, "call after 5"));
        assertEquals("Phone must be a telephone number such as (217) 555-0142.", problem(phone, "12"));
    }

    @Test
    void textIsOneLineAndWithinItsLength() {
        FieldDefinition unit = manual("unit", "Apartment", FieldType.TEXT).withMaxLength(5);
        accepted(unit, "12B");
        assertEquals("Apartment takes a single line.", problem(unit, "12\nB"));
        assertEquals("Apartment takes at most 5 characters.", problem(unit, "1234567"));
        accepted(manual("notes", "Notes", FieldType.MEMO), "line one\nline two");
        FieldDefinition notes = manual("notes", "Notes", FieldType.MEMO);
        assertEquals("Notes takes at most 4000 characters.", problem(notes, "x".repeat(4001)));
    }

    @Test
    void aPatternMismatchSaysWhatToType() {
        FieldDefinition code = manual("problemCode", "Problem code", FieldType.TEXT)
                .withPattern("[A-Z][0-9]{2}", "type a code such as P01.");
        accepted(code, "P01");
        assertEquals("Problem code: type a code such as P01.", problem(code, "P1"));
        FieldDefinition noHint = manual("code", "Code", FieldType.TEXT).withPattern("[0-9]+", "");
        assertEquals("Code is not in the expected form.", problem(noHint, "A"));
    }

    @Test
    void aChoiceTheCardAlreadyStoredStaysAcceptableAfterTheTemplateRetiresIt() {
        FieldDefinition bedrooms = choice("bedrooms", "Bedrooms", "1", "2", "3");
        FieldDefinition amenities = FieldDefinition.multiChoice("amenities", "Amenities", "Parking", "Pool");
        assertEquals(Optional.empty(), CardValidator.check(bedrooms, "Studio", "Studio"),
                "the card's own retired choice is kept");
        assertEquals(Optional.empty(), CardValidator.check(amenities, "Pool\nSauna", "Sauna\nParking"),
                "a retired line the card had stays among the chosen");
        assertTrue(CardValidator.check(bedrooms, "Studio", "2").isPresent(), "a retired choice is not picked anew");
        assertTrue(CardValidator.check(bedrooms, "Studio", "").isPresent());
        assertTrue(CardValidator.check(amenities, "Pool\nGym", "Sauna").isPresent());
        assertTrue(CardValidator.check(bedrooms, "Studio").isPresent(), "without a stored value nothing changes");

        org.cardfile.core.cards.CardLayout layout = new org.cardfile.core.cards.CardLayout("test.retired", "Retired",
                "test", "", java.util.List.of(new org.cardfile.core.cards.CardPage("main", "Main", java.util.List.of(
                        new org.cardfile.core.cards.CardSection("s", "Section", java.util.List.of(bedrooms, amenities))))),
                java.util.List.of("bedrooms"), java.util.List.of(), java.util.List.of());
        java.util.Map<String, String> stored = java.util.Map.of("bedrooms", "Studio", "amenities", "Sauna");
        assertEquals(java.util.List.of(), CardValidator.validate(layout, stored, stored),
                "a card with retired choices can be saved again");
        assertEquals(2, CardValidator.validate(layout, stored).size(), "a new card may not pick them");
        assertEquals(java.util.List.of("bedrooms"), CardValidator.validate(layout,
                java.util.Map.of("bedrooms", "Loft", "amenities", "Sauna"), stored).stream().map(FieldError::field)
                .toList());
    }
}
