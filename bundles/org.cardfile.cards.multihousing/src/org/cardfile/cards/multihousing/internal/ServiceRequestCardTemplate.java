package org.cardfile.cards.multihousing.internal;

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
 * A resident's maintenance request: where, what, how urgent and how to get in (front); paging,
 * telling the tenant when work begins and ends, and the satisfaction survey afterwards (back).
 * The resident maintenance line's tracking number names {@link #ID}.
 *
 * <p>Field ids are stored with every saved card: never rename or reuse one; add new ones instead.
 */
@Component(service = CardTemplate.class)
public final class ServiceRequestCardTemplate implements CardTemplate {

    public static final String ID = "multihousing.service-request";

    /** Most urgent first: the list is read top-down and the first entry must be the one that cannot wait. */
    static final String EMERGENCY = "Emergency – within 1 hour";
    static final String URGENT = "Urgent – same day";
    static final String ROUTINE = "Routine – within 3 days";

    private static final CardLayout LAYOUT = new CardLayout(ID, "Service request", "Multi-housing",
            "A resident's repair or maintenance request, from the call to the satisfaction survey.",
            List.of(front(), back()), List.of("building", "unit", "tenantLastName"), presets(),
            List.of(ReminderKind.APPOINTMENT, ReminderKind.FOLLOW_UP));

    @Override
    public CardLayout layout() {
        return LAYOUT;
    }

    private static CardPage front() {
        CardSection location = CardSection.of("location", "Location",
                manual("building", "Building", FieldType.TEXT).withMaxLength(80).asRequired(),
                manual("unit", "Apartment", FieldType.TEXT).withMaxLength(20).asRequired(),
                // from the caller's record when the number is known; the rep corrects it for a neighbour calling
                variable("tenantFirstName", "Tenant first name", FieldType.TEXT, FieldSource.FIRST_NAME),
                variable("tenantLastName", "Tenant last name", FieldType.TEXT, FieldSource.LAST_NAME),
                variable("tenantPhone", "Tenant phone", FieldType.PHONE, FieldSource.PHONE),
                variable("tenantEmail", "Tenant e-mail", FieldType.EMAIL, FieldSource.EMAIL)
                        .withHelp("Needed to tell the tenant when work begins and is done."),
                fixed("reportedAt", "Reported", FieldType.DATETIME, FieldSource.CONTACT_DATE),
                variable("takenBy", "Taken by", FieldType.TEXT, FieldSource.REP_NAME));
        CardSection request = CardSection.of("request", "Request",
                choice("repairType", "Repair type", "Plumbing", "Electrical", "Heating / air conditioning",
                        "Appliance", "Doors, locks and windows", "Pest control", "Walls, ceilings and paint",
                        "Flooring", "Outside and grounds", "Other").asRequired(),
                choice("priority", "Priority", EMERGENCY, URGENT, ROUTINE).asRequired()
                        .withHelp("Emergency: flooding, no heat in winter, gas smell, no power, locked out."),
                manual("requestedWork", "Work requested", FieldType.MEMO).asRequired(),
                manual("history", "History of the apartment and tenant", FieldType.MEMO)
                        .withHelp("Earlier repairs here, recurring problems, anything the technician should know."),
                manual("specialInstructions", "Special instructions", FieldType.MEMO),
                choice("access", "Permission to enter", "Enter with pass key", "Call tenant first",
                        "Only with tenant present"),
                // the e-mail confirming the appointment reads it from here; the appointment entry puts it in the calendar
                manual("appointmentAt", "Appointment", FieldType.DATETIME)
                        .withHelp("Also add it as an appointment so it shows in the technician's calendar."));
        CardSection paging = CardSection.of("emergency", "Emergency paging",
                manual("onCallPaged", "On-call staff paged", FieldType.BOOLEAN),
                manual("pagedWho", "Who was paged", FieldType.TEXT),
                manual("pagedAt", "Paged at", FieldType.DATETIME));
        return CardPage.of("front", "Request", location, request, paging);
    }

    private static CardPage back() {
        CardSection work = CardSection.of("work", "Work and tenant notices",
                manual("assignedTo", "Technician", FieldType.TEXT),
                manual("startNotified", "Tenant told work has begun", FieldType.BOOLEAN),
                manual("workStartedAt", "Work began", FieldType.DATETIME),
                manual("completeNotified", "Tenant told work is complete", FieldType.BOOLEAN),
                manual("workCompletedAt", "Work completed", FieldType.DATETIME),
                manual("workDone", "Work done and parts used", FieldType.MEMO));
        CardSection survey = CardSection.of("survey", "Satisfaction survey",
                choice("satisfaction", "Tenant's rating", "1 – Very dissatisfied", "2 – Dissatisfied", "3 – Neutral",
                        "4 – Satisfied", "5 – Very satisfied"),
                manual("surveyComments", "Tenant's comments", FieldType.MEMO));
        return CardPage.of("back", "Work and follow-up", work, survey);
    }

    private static List<EmailPreset> presets() {
        return List.of(
                new EmailPreset("appointmentConfirmation", "Appointment confirmation",
                        "Your maintenance appointment: {appointmentAt}",
                        """
                        Dear {tenantFirstName},

                        We have received your request for apartment {unit}, {building} ({repairType}).

                        A technician will come on {appointmentAt}. Permission to enter: {access}.
                        If this time does not suit you, reply to this e-mail or call the office.

                        Kind regards,
                        {rep}
                        {office}
                        """),
                new EmailPreset("workCompleted", "Work completed and survey", "Your repair is complete – how did we do?",
                        """
                        Dear {tenantFirstName},

                        The work you asked for in apartment {unit}, {building} ({repairType}) was completed \
                        on {workCompletedAt}.

                        How satisfied are you with the repair, from 1 (very dissatisfied) to 5 (very satisfied)? \
                        Simply reply with a number and any comments; they help us serve you better.

                        Kind regards,
                        {rep}
                        {office}
                        """));
    }
}
