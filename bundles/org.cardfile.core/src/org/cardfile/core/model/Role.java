package org.cardfile.core.model;

/** The kinds of people who serve a customer; an employee holds one or more. */
public enum Role {
    CLIENT("Client"),
    CALL_CENTER_REP("Call-center rep"),
    REPAIR_REP("Repair-facility rep"),
    WAREHOUSE_REP("Warehouse rep"),
    ADMIN("Office admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
