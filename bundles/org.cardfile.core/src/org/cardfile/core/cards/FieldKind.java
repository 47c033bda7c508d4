package org.cardfile.core.cards;

/** Where a card field's value comes from. */
public enum FieldKind {
    /** Taken from the communication itself (tracking number dialled, date, time, duration); read-only on the card. */
    FIXED,
    /** Looked up (caller's name, number, address, the rep taking it); filled in, and the rep may correct it. */
    VARIABLE,
    /** Typed by the rep. */
    MANUAL
}
