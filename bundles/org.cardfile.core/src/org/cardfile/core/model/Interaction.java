package org.cardfile.core.model;

import java.time.Instant;

/** One logged contact with a customer, with the problem and solution codes the rep chose. */
public record Interaction(long id, long customerId, Channel channel, Direction direction, Instant at,
        long employeeId, String employeeName, String problemCode, String solutionCode, String notes) {

    public Interaction {
        problemCode = problemCode == null ? "" : problemCode;
        solutionCode = solutionCode == null ? "" : solutionCode;
        notes = notes == null ? "" : notes;
    }
}
