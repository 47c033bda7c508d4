package org.cardfile.core.cards;

/**
 * The type of a card field and the canonical text its value is stored as, so every store, printer
 * and renderer reads a value the same way.
 */
public enum FieldType {
    /** One line of text. */
    TEXT("Text"),
    /** Several lines of text. */
    MEMO("Long text"),
    /** A whole or decimal number, stored as plain digits with an optional '.' ({@code 2}, {@code 1250.50}). */
    NUMBER("Number"),
    /** An amount of money, stored like {@link #NUMBER} with at most two decimals. */
    MONEY("Amount"),
    /** ISO date, {@code 2026-11-24}. */
    DATE("Date"),
    /** ISO local time, {@code 14:30}. */
    TIME("Time"),
    /** ISO local date and time, {@code 2026-11-24T14:30}. */
    DATETIME("Date and time"),
    /** {@code true} or {@code false}; empty when not answered. */
    BOOLEAN("Yes/no"),
    /** One of the field's choices. */
    CHOICE("Choice"),
    /** Any of the field's choices, stored one per line in the order of the choice list. */
    MULTI_CHOICE("Several choices"),
    /** A telephone number as typed. */
    PHONE("Phone"),
    /** An e-mail address. */
    EMAIL("E-mail");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
