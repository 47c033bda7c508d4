package org.cardfile.store.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.model.Channel;
import org.cardfile.core.model.CodeKind;
import org.cardfile.core.model.Direction;
import org.cardfile.core.model.Interaction;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ContactLog;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.internal.entity.CodeEntity;
import org.cardfile.store.jpa.internal.entity.InteractionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = ContactLog.class, property = "service.ranking:Integer=-1")
public class JpaContactLog implements ContactLog {
    private final JpaStore store;
    private final SessionRegistry sessions;

    @Activate
    public JpaContactLog(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public Interaction log(Session session, InteractionDraft draft) {
        Session s = sessions.require(session, Permission.LOG_CONTACTS);
        return store.write(em -> {
            JpaCustomerRepository.find(em, s, draft.customerId());
            List<FieldError> errors = new ArrayList<>();
            if (draft.channel() == null) {
                errors.add(new FieldError("channel", "Choose how the contact happened."));
            }
            checkCode(em, CodeKind.PROBLEM, draft.problemCode(), "problemCode", errors);
            checkCode(em, CodeKind.SOLUTION, draft.solutionCode(), "solutionCode", errors);
            if (draft.notes() != null && draft.notes().length() > 4000) {
                errors.add(new FieldError("notes", "At most 4000 characters."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return toRecord(persist(em, s, draft, Instant.now()));
        });
    }

    /**
     * Writes a checked contact as the session's employee, in the caller's transaction: what logging a
     * contact stores, also when the store logs one itself (a card sent to another office).
     */
    static InteractionEntity persist(EntityManager em, Session s, InteractionDraft draft, Instant at) {
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

    private static void checkCode(EntityManager em, CodeKind kind, String code, String field, List<FieldError> errors) {
        if (code == null || code.isEmpty()) {
            return;
        }
        CodeEntity c = em.find(CodeEntity.class, new CodeEntity.Key(kind.name(), code));
        if (c == null || !c.active) {
            errors.add(new FieldError(field, "Unknown or retired " + kind.name().toLowerCase() + " code: " + code));
        }
    }

    @Override
    public List<Interaction> forCustomer(Session session, long customerId) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return store.read(em -> {
            JpaCustomerRepository.find(em, s, customerId);
            return em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :c"
                    + " ORDER BY i.occurredAt DESC, i.id DESC", InteractionEntity.class)
                    .setParameter("c", customerId).getResultList().stream().map(JpaContactLog::toRecord).toList();
        });
    }

    static Interaction toRecord(InteractionEntity e) {
        return new Interaction(e.id, e.customerId, Channel.valueOf(e.channel), Direction.valueOf(e.direction),
                e.occurredAt, e.employeeId, e.employeeName, e.problemCode, e.solutionCode, e.notes);
    }
}
