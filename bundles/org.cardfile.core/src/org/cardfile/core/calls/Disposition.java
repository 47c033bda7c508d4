package org.cardfile.core.calls;

/** What was done about a missed call, so it leaves the triage list. */
public enum Disposition {
    CALLED_BACK("Called back"),
    LEFT_MESSAGE("Left a message"),
    NO_ACTION_NEEDED("No action needed"),
    WRONG_NUMBER("Wrong number"),
    SPAM("Spam or robocall");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
