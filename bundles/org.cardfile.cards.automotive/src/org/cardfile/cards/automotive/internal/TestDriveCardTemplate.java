package org.cardfile.cards.automotive.internal;

import static org.cardfile.core.cards.FieldDefinition.choice;
import static org.cardfile.core.cards.FieldDefinition.fixed;
import static org.cardfile.core.cards.FieldDefinition.manual;
import static org.cardfile.core.cards.FieldDefinition.variable;

import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.EmailPreset;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;
import org.osgi.service.component.annotations.Component;

/**
 * Example partner template (see docs/partner-guide.md): a car dealership's test-drive and lease card.
 * It uses nothing but the public package {@code org.cardfile.core.cards}: one DS component returning
 * one constant layout.
 *
 * <p>Field ids are stored with every saved card: never rename or reuse one; add new ones instead.
 */
@Component(service = CardTemplate.class)
public final class TestDriveCardTemplate implements CardTemplate {

    /** Prefixed with the industry so it cannot clash with another partner's template. */
    public static final String ID = "automotive.test-drive";

    private static final CardLayout LAYOUT = new CardLayout(ID, "Test drive", "Automotive",
            "A prospect's test drive: driver's licence, the vehicle, buy or lease, and the outcome.",
            List.of(front(), back()), List.of("lastName", "firstName", "vehicle"), presets(),
            List.of(ReminderKind.APPOINTMENT, ReminderKind.FOLLOW_UP));

    @Override
    public CardLayout layout() {
        return LAYOUT;
    }

    private static CardPage front() {
        CardSection customer = CardSection.of("customer", "Customer",
                fixed("trackingNumber", "Number dialled", FieldType.TEXT, FieldSource.TRACKING_NUMBER),
                fixed("advertisingSource", "Advertising source", FieldType.TEXT, FieldSource.ADVERTISING_SOURCE),
                fixed("contactDate", "Date", FieldType.DATE, FieldSource.CONTACT_DATE),
                variable("firstName", "First name", FieldType.TEXT, FieldSource.FIRST_NAME),
                variable("lastName", "Last name", FieldType.TEXT, FieldSource.LAST_NAME).asRequired(),
                variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                variable("email", "E-mail", FieldType.EMAIL, FieldSource.EMAIL),
                variable("street", "Street", FieldType.TEXT, FieldSource.STREET),
                variable("city", "City", FieldType.TEXT, FieldSource.CITY),
                variable("region", "State", FieldType.TEXT, FieldSource.REGION),
                variable("postalCode", "ZIP code", FieldType.TEXT, FieldSource.POSTAL_CODE),
                variable("salesperson", "Salesperson", FieldType.TEXT, FieldSource.REP_NAME));
        CardSection licence = CardSection.of("licence", "Driver's licence",
                manual("licenceNumber", "Licence number", FieldType.TEXT)
                        .withPattern("[A-Za-z0-9-]{4,20}", "type the licence number as printed: letters, digits and dashes."),
                manual("licenceState", "Issuing state", FieldType.TEXT).withMaxLength(40),
                manual("licenceExpires", "Licence expires", FieldType.DATE),
                // the dealer's insurer requires it before the keys are handed over
                manual("licenceChecked", "Licence seen and copied", FieldType.BOOLEAN).asRequired());
        CardSection vehicle = CardSection.of("vehicle", "Vehicle",
                manual("vehicle", "Vehicle", FieldType.TEXT).asRequired().withHelp("Year, make and model."),
                choice("condition", "New or used", "New", "Used", "Certified pre-owned"),
                manual("stockNumber", "Stock number", FieldType.TEXT).withMaxLength(20),
                manual("vin", "VIN", FieldType.TEXT).withPattern("[A-HJ-NPR-Za-hj-npr-z0-9]{17}",
                        "type the 17 characters of the VIN (it never contains I, O or Q)."),
                manual("driveStart", "Test drive out", FieldType.DATETIME),
                manual("driveEnd", "Test drive back", FieldType.DATETIME),
                manual("odometerOut", "Odometer out", FieldType.NUMBER).withRange(0, 2_000_000),
                manual("odometerIn", "Odometer back", FieldType.NUMBER).withRange(0, 2_000_000));
        return CardPage.of("front", "Test drive", customer, licence, vehicle);
    }

    private static CardPage back() {
        CardSection deal = CardSection.of("deal", "Buy or lease",
                choice("purchaseType", "Buy or lease", "Buy", "Lease", "Undecided"),
                choice("leaseTerm", "Lease term", "24 months", "36 months", "39 months", "48 months"),
                manual("yearlyMiles", "Miles a year", FieldType.NUMBER).withRange(0, 100_000),
                manual("monthlyBudget", "Monthly budget", FieldType.MONEY).withRange(0, 100_000),
                manual("downPayment", "Down payment", FieldType.MONEY).withRange(0, 1_000_000),
                manual("tradeIn", "Trade-in", FieldType.BOOLEAN),
                manual("tradeInVehicle", "Trade-in vehicle", FieldType.TEXT));
        CardSection outcome = CardSection.of("outcome", "Outcome",
                choice("outcome", "Outcome", "Sold", "Leased", "Thinking it over", "Not interested"),
                manual("outcomeNotes", "Notes", FieldType.MEMO));
        return CardPage.of("back", "Deal", deal, outcome);
    }

    private static List<EmailPreset> presets() {
        return List.of(new EmailPreset("thanksForDriving", "Thank you for the test drive",
                "Thank you for driving the {vehicle}",
                """
                Dear {firstName},

                Thank you for test-driving the {vehicle} with us at {office}. I hope you enjoyed it.

                If you would like a quote to buy or lease it, or another drive, reply to this e-mail or call me.

                Kind regards,
                {rep}
                {office}
                """));
    }
}
