package org.cardfile.core.documents;

import java.util.List;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardNote;

/** Prints a card as a PDF: every page of its template with the values, its reminders and its notes. */
public interface CardPrinter {

    /**
     * @param officeName printed in the header
     * @return the PDF document's bytes
     */
    byte[] print(CardLayout layout, Card card, List<CardNote> notes, String officeName);
}
