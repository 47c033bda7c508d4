package org.cardfile.core.model;

/** A contact the rep is about to log; who and when are filled in by the store. */
public record InteractionDraft(long customerId, Channel channel, Direction direction, String problemCode,
        String solutionCode, String notes) {
}
