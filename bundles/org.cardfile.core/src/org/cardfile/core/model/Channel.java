package org.cardfile.core.model;

/** How a contact reached us (or we reached the customer). */
public enum Channel {
    CALL("Call"), EMAIL("E-mail"), WEB_FORM("Web form"), WALK_IN("Walk-in"), TRANSFER("Transfer"), LETTER("Letter");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
