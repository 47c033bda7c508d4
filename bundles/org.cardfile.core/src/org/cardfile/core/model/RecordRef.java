package org.cardfile.core.model;

/** Points at one record whose field changes are wanted. */
public record RecordRef(RecordType type, long id) {
}
