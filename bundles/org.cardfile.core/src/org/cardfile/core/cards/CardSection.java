package org.cardfile.core.cards;

import java.util.List;

/** A titled group of fields on a card page. */
public record CardSection(String id, String title, List<FieldDefinition> fields) {
    public CardSection {
        title = title == null ? "" : title;
        fields = List.copyOf(fields);
    }

    public static CardSection of(String id, String title, FieldDefinition... fields) {
        return new CardSection(id, title, List.of(fields));
    }
}
