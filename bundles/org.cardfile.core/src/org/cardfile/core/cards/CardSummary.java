package org.cardfile.core.cards;

import java.time.Instant;

/** A card in a list: which template, what it is called, who touched it last. */
public record CardSummary(long id, String templateId, String templateName, String title, long customerId,
        Instant updatedAt, String updatedBy, String transferredFrom) {

    public CardSummary {
        transferredFrom = transferredFrom == null ? "" : transferredFrom;
    }
}
