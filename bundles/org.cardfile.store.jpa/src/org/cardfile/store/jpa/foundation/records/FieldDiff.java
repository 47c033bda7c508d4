package org.cardfile.store.jpa.foundation.records;

import static org.cardfile.store.jpa.foundation.ColumnText.shorten;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.entity.FieldChangeEntity;

import jakarta.persistence.EntityManager;

/**
 * Turns a before and after snapshot (field label → readable value) into audit rows, written with
 * the change itself so the audit can never disagree with the record.
 */
public final class FieldDiff {
    private FieldDiff() {
    }

    public static List<FieldChangeEntity> record(EntityManager em, Session session, RecordType type, long recordId,
            Map<String, String> before, Map<String, String> after) {
        Instant now = Instant.now();
        List<FieldChangeEntity> rows = new ArrayList<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String oldValue = before.getOrDefault(field.getKey(), "");
            String newValue = field.getValue();
            if (!Objects.equals(oldValue, newValue)) {
                rows.add(change(session, type, recordId, now, field.getKey(), oldValue, newValue));
            }
        }
        rows.forEach(em::persist);
        return rows;
    }

    public static FieldChangeEntity change(Session session, RecordType type, long recordId, Instant at, String field,
            String oldValue, String newValue) {
        FieldChangeEntity row = new FieldChangeEntity();
        row.officeId = session.officeId();
        row.recordType = type.name();
        row.recordId = recordId;
        row.changedAt = at;
        row.employeeId = session.employee().id();
        row.employeeName = session.employee().displayName();
        row.field = field;
        row.oldValue = shorten(oldValue, 4000);
        row.newValue = shorten(newValue, 4000);
        return row;
    }
}
