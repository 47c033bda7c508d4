package org.cardfile.core.cards;

/**
 * What Send to Community did: the copy of the card in the other office and the entry of that
 * office's incoming list, tagged as a transfer, that opens it.
 */
public record CardTransfer(long cardId, long callId, long officeId, String officeName) {
}
