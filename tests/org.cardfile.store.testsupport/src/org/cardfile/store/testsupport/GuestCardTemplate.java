package org.cardfile.store.testsupport;

import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.EmailPreset;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;

/**
 * A leasing office's guest card as a template bundle would declare it, with a field of every
 * type; the template bundles are built separately, so the store's tests bring their own.
 */
public final class GuestCardTemplate implements CardTemplate {
    /** The template the demo tracking numbers name, so calls open it. */
    public static final String ID = "multihousing.guest";

    private final CardLayout layout;

    public GuestCardTemplate() {
        this(ID, "Guest card (test)");
    }

    public GuestCardTemplate(String id, String name) {
        layout = new CardLayout(id, name, "Multi-housing", "A prospect's visit or call about an apartment", List.of(
                new CardPage("front", "Front", List.of(
                        new CardSection("contact", "Contact", List.of(
                                FieldDefinition.fixed("contactDate", "Contact date", FieldType.DATE, FieldSource.CONTACT_DATE),
                                FieldDefinition.fixed("contactTime", "Contact time", FieldType.TIME, FieldSource.CONTACT_TIME),
                                FieldDefinition.fixed("trackingNumber", "Number dialled", FieldType.PHONE,
                                        FieldSource.TRACKING_NUMBER),
                                FieldDefinition.fixed("adSource", "Advertising source", FieldType.TEXT,
                                        FieldSource.ADVERTISING_SOURCE),
                                FieldDefinition.fixed("callLength", "Call length", FieldType.TEXT,
                                        FieldSource.CALL_DURATION),
                                FieldDefinition.variable("agent", "Leasing agent", FieldType.TEXT, FieldSource.REP_NAME))),
                        new CardSection("prospect", "Prospect", List.of(
                                FieldDefinition.variable("firstName", "First name", FieldType.TEXT, FieldSource.FIRST_NAME),
                                FieldDefinition.variable("lastName", "Last name", FieldType.TEXT, FieldSource.LAST_NAME)
                                        .asRequired(),
                                FieldDefinition.variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                                FieldDefinition.variable("email", "E-mail", FieldType.EMAIL, FieldSource.EMAIL),
                                FieldDefinition.variable("street", "Current street", FieldType.TEXT, FieldSource.STREET),
                                FieldDefinition.variable("zip", "ZIP code", FieldType.TEXT, FieldSource.POSTAL_CODE)
                                        .withPattern("[0-9]{5}", "enter the five-digit ZIP code."))),
                        new CardSection("needs", "What they look for", List.of(
                                FieldDefinition.choice("bedrooms", "Bedrooms", "Studio", "1", "2", "3").asRequired(),
                                FieldDefinition.manual("moveIn", "Move-in date", FieldType.DATE),
                                FieldDefinition.manual("budget", "Monthly budget", FieldType.MONEY).withRange(0, 20000),
                                FieldDefinition.manual("occupants", "Occupants", FieldType.NUMBER).withRange(1, 12),
                                FieldDefinition.manual("pets", "Pets", FieldType.BOOLEAN),
                                // no factory makes a multiple choice in one step; the constructor does
                                new FieldDefinition("amenities", "Amenities", FieldKind.MANUAL, FieldType.MULTI_CHOICE,
                                        false, List.of("Parking", "Laundry", "Pool", "Gym"), FieldSource.NONE, "", "", null,
                                        null, 0, "", false),
                                FieldDefinition.manual("tourAt", "Tour", FieldType.DATETIME),
                                FieldDefinition.manual("comments", "Comments", FieldType.MEMO))))),
                new CardPage("back", "Back", List.of(new CardSection("outcome", "Outcome", List.of(
                        FieldDefinition.choice("result", "Result", "Toured", "Applied", "Not interested"))))) ),
                List.of("lastName", "firstName"),
                List.of(new EmailPreset("thanks", "Thank you", "Thank you for calling", "Dear {firstName}, ...")),
                List.of(ReminderKind.FOLLOW_UP, ReminderKind.APPOINTMENT));
    }

    @Override
    public CardLayout layout() {
        return layout;
    }
}
