package org.cardfile.core.cards;

/**
 * A card template installed in this installation, with whether the session's office offers it.
 * A template an office switched off is not in its card menu and does not open from its calls, but
 * cards already filled from it still open and save.
 */
public record InstalledTemplate(CardLayout layout, boolean offered) {
}
