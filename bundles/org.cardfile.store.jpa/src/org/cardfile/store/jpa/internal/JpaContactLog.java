package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.ContactRecords;
import org.cardfile.store.jpa.foundation.records.CustomerRecords;

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
import org.cardfile.store.jpa.foundation.entity.CodeEntity;
import org.cardfile.store.jpa.foundation.entity.InteractionEntity;
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
            CustomerRecords.find(em, s, draft.customerId());
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
            return ContactRecords.toRecord(ContactRecords.persist(em, s, draft, Instant.now()));
        });
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
            CustomerRecords.find(em, s, customerId);
            return em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :c"
                    + " ORDER BY i.occurredAt DESC, i.id DESC", InteractionEntity.class)
                    .setParameter("c", customerId).getResultList().stream().map(ContactRecords::toRecord).toList();
        });
    }
}
