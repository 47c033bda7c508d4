package org.cardfile.documents.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldKind;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.ReminderKind;

/** A multi-housing guest card as a leasing office fills it in, for the printer's and calendar's tests. */
final class SampleCard {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** 9:30 in Chicago on 1 December 2026 (CST, UTC-6). */
    static final Instant TOUR = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, CHICAGO).toInstant();

    private SampleCard() {
    }

    static CardLayout layout() {
        return new CardLayout("multihousing.guest", "Guest card", "Multi-housing", "A prospect who called about a unit",
                List.of(CardPage.of("front", "Front",
                        CardSection.of("prospect", "Prospect",
                                FieldDefinition.manual("firstName", "First name", FieldType.TEXT),
                                FieldDefinition.manual("lastName", "Last name", FieldType.TEXT).asRequired(),
                                FieldDefinition.variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                                FieldDefinition.manual("referredBy", "Referred by", FieldType.TEXT)),
                        CardSection.of("needs", "What they need",
                                bedrooms(),
                                FieldDefinition.manual("moveIn", "Move-in date", FieldType.DATE),
                                FieldDefinition.manual("pets", "Pets", FieldType.BOOLEAN))),
                        CardPage.of("back", "Back",
                                CardSection.of("remarks", "Remarks",
                                        FieldDefinition.manual("memo", "Memo", FieldType.MEMO)))),
                List.of("lastName", "firstName"), List.of(), List.of(ReminderKind.APPOINTMENT));
    }

    /**
     * Built with the record's constructor: core's {@code FieldDefinition.choice} factory builds a choice
     * field without choices first and is refused by its own check.
     */
    private static FieldDefinition bedrooms() {
        return new FieldDefinition("bedrooms", "Bedrooms", FieldKind.MANUAL, FieldType.CHOICE, false,
                List.of("Studio", "1", "2", "3"), FieldSource.NONE, "", "", null, null, 0, "", false);
    }

    static Card card(String memo) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", "Zoë");
        values.put("lastName", "Ångström");
        values.put("phone", "+12175550142");
        values.put("referredBy", "Łukasz Żółkiewski");
        values.put("bedrooms", "2");
        values.put("moveIn", "2027-01-15");
        values.put("pets", "true");
        values.put("memo", memo);
        CardReminder tour = new CardReminder(7, ReminderKind.APPOINTMENT, "Tour of the two-bedroom", TOUR, 45, 3,
                "Alice Adams", false);
        Instant created = Instant.parse("2026-11-20T15:04:00Z");
        return new Card(42, 3, 1, "multihousing.guest", 0, 0, values, List.of(tour), "", created, "alice",
                created.plus(Duration.ofHours(2)), "alice");
    }

    static List<CardNote> notes() {
        return List.of(new CardNote(1, 42, Instant.parse("2026-11-20T15:10:00Z"), 3, "Alice Adams",
                "Wants a ground floor unit for her cat. Prefers a call after 5 pm 🏠."),
                new CardNote(2, 42, Instant.parse("2026-11-21T16:00:00Z"), 4, "Walter Wu",
                        "Application fee waived by the manager."));
    }
}
