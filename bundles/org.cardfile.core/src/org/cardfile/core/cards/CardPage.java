package org.cardfile.core.cards;

import java.util.List;

/** One side of a card (front, back), drawn as a tab of the card editor and a page of the printout. */
public record CardPage(String id, String title, List<CardSection> sections) {
    public CardPage {
        title = title == null ? "" : title;
        sections = List.copyOf(sections);
    }

    public static CardPage of(String id, String title, CardSection... sections) {
        return new CardPage(id, title, List.of(sections));
    }
}
