package org.cardfile.core.cards;

/** A reminder with the card it belongs to, for a rep's calendar. */
public record ScheduledReminder(CardSummary card, CardReminder reminder) {
}
