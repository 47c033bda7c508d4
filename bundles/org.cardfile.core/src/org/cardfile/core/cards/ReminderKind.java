package org.cardfile.core.cards;

/** What a dated entry on a card is. */
public enum ReminderKind {
    FOLLOW_UP("Follow-up"), APPOINTMENT("Appointment");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
