package org.cardfile.core.model;

/** A leasing office, call center, repair facility or warehouse: the unit every record is scoped to. */
public record Office(long id, String code, String name, String defaultRegion) {
}
