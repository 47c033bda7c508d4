package org.cardfile.core.service;

import java.util.List;

import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.security.Session;

/** The field-level history of a record, newest first. */
public interface AuditLog {
    List<FieldChange> changes(Session session, RecordRef record);
}
