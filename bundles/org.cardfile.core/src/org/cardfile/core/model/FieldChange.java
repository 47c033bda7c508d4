package org.cardfile.core.model;

import java.time.Instant;

/** One audited change of one field: who, when, old value, new value. */
public record FieldChange(long id, RecordRef record, Instant at, long employeeId, String employeeName, String field,
        String oldValue, String newValue) {
}
