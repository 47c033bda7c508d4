package org.cardfile.cards.multihousing.internal;

import static org.cardfile.core.cards.FieldDefinition.choice;
import static org.cardfile.core.cards.FieldDefinition.fixed;
import static org.cardfile.core.cards.FieldDefinition.manual;
import static org.cardfile.core.cards.FieldDefinition.multiChoice;
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
 * The leasing office's guest card: who called about a home, what they need, how they heard of the
 * community (front), and what they were shown and whether they leased (back). Tracking numbers of the
 * leasing desk name {@link #ID}, so a call to them opens this card filled from the call.
 *
 * <p>Field ids are stored with every saved card: never rename or reuse one; add new ones instead.
 */
@Component(service = CardTemplate.class)
public final class GuestCardTemplate implements CardTemplate {

    public static final String ID = "multihousing.guest";

    private static final CardLayout LAYOUT = new CardLayout(ID, "Guest card", "Multi-housing",
            "A prospect calling or walking in about a home: needs, marketing and rental feedback.",
            List.of(front(), back()), List.of("lastName", "firstName"), presets(),
            List.of(ReminderKind.FOLLOW_UP, ReminderKind.APPOINTMENT));

    @Override
    public CardLayout layout() {
        return LAYOUT;
    }

    private static CardPage front() {
        CardSection contact = CardSection.of("contact", "Contact",
                // what the phone system knows: read-only, so the advertising report counts what was dialled
                fixed("trackingNumber", "Number dialled", FieldType.TEXT, FieldSource.TRACKING_NUMBER),
                fixed("advertisingSource", "Advertising source", FieldType.TEXT, FieldSource.ADVERTISING_SOURCE),
                fixed("contactDate", "Date", FieldType.DATE, FieldSource.CONTACT_DATE),
                fixed("contactTime", "Time", FieldType.TIME, FieldSource.CONTACT_TIME),
                fixed("callDuration", "Call length", FieldType.TEXT, FieldSource.CALL_DURATION),
                variable("firstName", "First name", FieldType.TEXT, FieldSource.FIRST_NAME).withMaxLength(80),
                // a last name is what the card is filed and found under
                variable("lastName", "Last name", FieldType.TEXT, FieldSource.LAST_NAME).withMaxLength(80).asRequired(),
                variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                variable("email", "E-mail", FieldType.EMAIL, FieldSource.EMAIL)
                        .withHelp("Needed to send the thank-you and follow-up e-mails."),
                variable("street", "Street", FieldType.TEXT, FieldSource.STREET),
                variable("city", "City", FieldType.TEXT, FieldSource.CITY),
                variable("region", "State", FieldType.TEXT, FieldSource.REGION),
                variable("postalCode", "ZIP code", FieldType.TEXT, FieldSource.POSTAL_CODE),
                variable("rep", "Leasing rep", FieldType.TEXT, FieldSource.REP_NAME));
        CardSection needs = CardSection.of("needs", "What they are looking for",
                manual("dateNeeded", "Date needed", FieldType.DATE)
                        .withHelp("The day they want to move in."),
                manual("rentFrom", "Rent from", FieldType.MONEY).withRange(0, 100_000)
                        .withHelp("Lowest monthly rent they mentioned."),
                manual("rentUpTo", "Rent up to", FieldType.MONEY).withRange(0, 100_000)
                        .withHelp("Most they can pay a month."),
                manual("occupants", "Number of occupants", FieldType.NUMBER).withRange(1, 20)
                        .withPattern("[0-9]+", "type a whole number of people, such as 2."),
                multiChoice("pets", "Pets", "No pets", "Cat", "Dog under 25 lb",
                        "Dog 25 lb or more", "Bird or fish", "Other pet"),
                choice("homeType", "Type of home", "Apartment", "Townhome", "Duplex", "Single-family home",
                        "Senior apartment"),
                choice("bedrooms", "Bedrooms", "Studio", "1 bedroom", "2 bedrooms", "3 bedrooms", "4 or more bedrooms"),
                manual("otherNeeds", "Other needs", FieldType.MEMO)
                        .withHelp("Parking, ground floor, washer and dryer, accessibility, school district…"));
        CardSection marketing = CardSection.of("marketing", "Marketing feedback",
                // asked, not dialled: a prospect often saw several ads, and this says which one they remember
                choice("heardAbout", "How they heard about us", "Newspaper", "Apartment guide", "Our website",
                        "Listing website", "Drove by / sign", "Resident referral", "Friend or family", "Social media",
                        "Other"),
                manual("likedMost", "What they liked", FieldType.MEMO));
        return CardPage.of("front", "Front", contact, needs, marketing);
    }

    private static CardPage back() {
        CardSection shown = CardSection.of("shown", "Homes shown",
                manual("homesShown", "Homes shown", FieldType.MEMO)
                        .withHelp("Unit numbers shown and what the prospect thought of each."));
        CardSection rental = CardSection.of("rentalFeedback", "Rental feedback",
                choice("outcome", "Outcome", "Leased", "Not leased", "Undecided"),
                manual("moveInDate", "Move-in date", FieldType.DATE),
                choice("notLeasingReason", "Reason for not leasing", "Rent too high", "Nothing available in time",
                        "Home too small", "Location", "Pet policy", "Leased elsewhere", "Did not qualify",
                        "No longer moving", "Other"),
                manual("feedbackNotes", "Rental feedback notes", FieldType.MEMO));
        return CardPage.of("back", "Back", shown, rental);
    }

    private static List<EmailPreset> presets() {
        return List.of(
                new EmailPreset("thankYou", "Thank you for calling", "Thank you for calling {office}",
                        """
                        Dear {firstName},

                        Thank you for calling {office}. It was a pleasure to talk with you about your new home.

                        I would be glad to show you the homes we have available. Reply to this e-mail or call me \
                        to set up a visit at a time that suits you.

                        Kind regards,
                        {rep}
                        {office}
                        """),
                new EmailPreset("showingFollowUp", "Follow-up after a showing", "Thank you for visiting {office}",
                        """
                        Dear {firstName},

                        Thank you for visiting {office}. I enjoyed showing you our homes and hope you could \
                        picture yourself living here.

                        If you have questions, would like a second look, or are ready to apply, reply to this \
                        e-mail or call me. Homes go quickly, so let me know soon if one caught your eye.

                        Kind regards,
                        {rep}
                        {office}
                        """));
    }
}
