package org.cardfile.cards.support.internal;

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
 * The call center's product support card: who called about which product, its warranty, the
 * problem and solution codes, and the return (RMA) through the repair facility. The repair line's
 * tracking numbers name {@link #ID}.
 *
 * <p>The problem and solution codes are checked only for their form here; which codes exist is the
 * office's code catalogue, kept by admins, so the template stays a declaration. Field ids are stored
 * with every saved card: never rename or reuse one.
 */
@Component(service = CardTemplate.class)
public final class RepairCardTemplate implements CardTemplate {

    public static final String ID = "support.repair";

    /** The form the code catalogue accepts for a code (P01, S12, PWR-3). */
    private static final String CODE = "[A-Za-z0-9-]{1,16}";

    private static final CardLayout LAYOUT = new CardLayout(ID, "Repair card", "Product support",
            "A customer's product problem: warranty, problem and solution codes, and the return for repair.",
            List.of(front(), back()), List.of("lastName", "firstName", "serialNumber"), presets(),
            List.of(ReminderKind.FOLLOW_UP));

    @Override
    public CardLayout layout() {
        return LAYOUT;
    }

    private static CardPage front() {
        CardSection customer = CardSection.of("customer", "Customer",
                fixed("contactDate", "Date called", FieldType.DATE, FieldSource.CONTACT_DATE),
                variable("customerNumber", "Customer number", FieldType.TEXT, FieldSource.CUSTOMER_NUMBER),
                variable("firstName", "First name", FieldType.TEXT, FieldSource.FIRST_NAME),
                variable("lastName", "Last name", FieldType.TEXT, FieldSource.LAST_NAME).asRequired(),
                variable("company", "Company", FieldType.TEXT, FieldSource.COMPANY),
                variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                variable("email", "E-mail", FieldType.EMAIL, FieldSource.EMAIL)
                        .withHelp("The RMA instructions are sent here."),
                variable("street", "Street", FieldType.TEXT, FieldSource.STREET),
                variable("city", "City", FieldType.TEXT, FieldSource.CITY),
                variable("region", "State", FieldType.TEXT, FieldSource.REGION),
                variable("postalCode", "ZIP code", FieldType.TEXT, FieldSource.POSTAL_CODE),
                variable("takenBy", "Taken by", FieldType.TEXT, FieldSource.REP_NAME));
        CardSection product = CardSection.of("product", "Product",
                manual("product", "Product", FieldType.TEXT).asRequired().withHelp("Make and model, as on the label."),
                manual("serialNumber", "Serial number", FieldType.TEXT).asRequired()
                        .withPattern("[A-Za-z0-9][A-Za-z0-9-]{2,39}",
                                "type the serial number as printed on the label: letters, digits and dashes."),
                manual("purchaseDate", "Purchase date", FieldType.DATE),
                choice("warranty", "Warranty", "In warranty", "Extended warranty", "Out of warranty"));
        CardSection problem = CardSection.of("problem", "Problem and solution",
                manual("problemCode", "Problem code", FieldType.TEXT)
                        .withPattern(CODE, "type a code from the problem code list, such as P01."),
                manual("problemDescription", "Problem described by the customer", FieldType.MEMO).asRequired(),
                manual("solutionCode", "Solution code", FieldType.TEXT)
                        .withPattern(CODE, "type a code from the solution code list, such as S01."),
                manual("solutionNotes", "What was tried or done", FieldType.MEMO));
        return CardPage.of("front", "Call", customer, product, problem);
    }

    private static CardPage back() {
        CardSection rma = CardSection.of("rma", "Return for repair",
                manual("rmaNumber", "RMA number", FieldType.TEXT)
                        .withPattern("[A-Za-z0-9][A-Za-z0-9-]{3,23}", "type the RMA number, such as RMA-20417."),
                choice("repairStatus", "Repair status", "Received", "Diagnosing", "Waiting for parts", "Repaired",
                        "Returned", "Unrepairable"),
                manual("repairNotes", "Repair facility notes", FieldType.MEMO));
        return CardPage.of("back", "Repair", rma);
    }

    private static List<EmailPreset> presets() {
        return List.of(new EmailPreset("rmaInstructions", "RMA instructions",
                "Return authorisation {rmaNumber} for your {product}",
                """
                Dear {firstName} {lastName},

                Your return is authorised. Your RMA number is {rmaNumber}.

                1. Pack the {product} (serial number {serialNumber}) in its original box or sturdy packaging.
                2. Write the RMA number {rmaNumber} clearly on the outside of the box.
                3. Enclose a copy of your receipt if the product is under warranty.
                4. Ship it to the repair facility; we will e-mail you when it arrives and when it is on its way back.

                Parcels without an RMA number on the box may be refused.

                Kind regards,
                {rep}
                {office}
                """));
    }
}
