package org.cardfile.core.cards;

import java.util.List;

/**
 * Another card that looks like the same person, best first.
 *
 * @param score   higher is a better match: a shared phone or e-mail outweighs a shared name or address
 * @param reasons what matched, e.g. "same phone", "same last name"
 */
public record CardMatch(CardSummary card, int score, List<String> reasons) {
    public CardMatch {
        reasons = List.copyOf(reasons);
    }
}
