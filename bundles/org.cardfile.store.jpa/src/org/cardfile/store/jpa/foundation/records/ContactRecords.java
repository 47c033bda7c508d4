package org.cardfile.store.jpa.foundation.records;

import java.time.Instant;

import org.cardfile.core.model.Channel;
import org.cardfile.core.model.Direction;
import org.cardfile.core.model.Interaction;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.entity.InteractionEntity;

import jakarta.persistence.EntityManager;

/** Contact rows (interactions) in the caller's transaction, written as the session's employee. */
public final class ContactRecords {
    private ContactRecords() {
    }

    /**
     * Writes a checked contact as the session's employee, in the caller's transaction: what logging a
     * contact stores, also when the store logs one itself (a card sent to another office).
     */
    public static InteractionEntity persist(EntityManager em, Session s, InteractionDraft draft, Instant at) {
        InteractionEntity e = new InteractionEntity();
        e.customerId = draft.customerId();
        e.officeId = s.officeId();
        e.channel = draft.channel().name();
        e.direction = (draft.direction() == null ? Direction.INBOUND : draft.direction()).name();
        e.occurredAt = at;
        e.employeeId = s.employee().id();
        e.employeeName = s.employee().displayName();
        e.problemCode = draft.problemCode() == null ? "" : draft.problemCode();
        e.solutionCode = draft.solutionCode() == null ? "" : draft.solutionCode();
        e.notes = draft.notes() == null ? "" : draft.notes();
        em.persist(e);
        return e;
    }


    public static Interaction toRecord(InteractionEntity e) {
        return new Interaction(e.id, e.customerId, Channel.valueOf(e.channel), Direction.valueOf(e.direction),
                e.occurredAt, e.employeeId, e.employeeName, e.problemCode, e.solutionCode, e.notes);
    }

}
