package org.cardfile.core.cards;

import java.util.Map;
import java.util.Set;

/**
 * A card's outcome, its {@code outcome} field: what became of the lead. The templates that have one
 * offer their own choices; a lease and a sale are what the advertising report counts as a lead won,
 * whichever template said so.
 */
public final class CardOutcome {
    /** The field templates give the outcome under. */
    public static final String FIELD_ID = "outcome";
    /** The outcomes that count as a lead won. */
    public static final Set<String> WON = Set.of("Leased", "Sold");

    private CardOutcome() {
    }

    /** Whether the card's values say its lead was won. */
    public static boolean won(Map<String, String> values) {
        String outcome = values.get(FIELD_ID);
        return outcome != null && WON.contains(outcome);
    }
}
