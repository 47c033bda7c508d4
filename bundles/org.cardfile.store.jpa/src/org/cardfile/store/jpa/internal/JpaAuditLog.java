package org.cardfile.store.jpa.internal;

import java.util.List;

import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.AuditLog;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.FieldChangeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditLog.class, property = "service.ranking:Integer=-1")
public class JpaAuditLog implements AuditLog {
    private final JpaStore store;
    private final SessionRegistry sessions;

    @Activate
    public JpaAuditLog(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public List<FieldChange> changes(Session session, RecordRef record) {
        Session s = sessions.require(session, Permission.VIEW_AUDIT);
        return store.read(em -> em.createQuery("SELECT f FROM FieldChangeEntity f WHERE f.recordType = :t"
                + " AND f.recordId = :r AND f.officeId = :o ORDER BY f.changedAt DESC, f.id DESC", FieldChangeEntity.class)
                .setParameter("t", record.type().name()).setParameter("r", record.id()).setParameter("o", s.officeId())
                .getResultList().stream()
                .map(f -> new FieldChange(f.id, new RecordRef(RecordType.valueOf(f.recordType), f.recordId), f.changedAt,
                        f.employeeId, f.employeeName, f.field, f.oldValue, f.newValue))
                .toList());
    }
}
