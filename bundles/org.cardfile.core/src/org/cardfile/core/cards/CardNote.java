package org.cardfile.core.cards;

import java.time.Instant;

/** One entry of a card's append-only running log. */
public record CardNote(long id, long cardId, Instant at, long employeeId, String employeeName, String text) {
}
