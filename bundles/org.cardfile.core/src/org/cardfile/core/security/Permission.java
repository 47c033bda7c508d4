package org.cardfile.core.security;

/** What a role may do; the services check these, the UI only mirrors them. */
public enum Permission {
    VIEW_CUSTOMERS("view customers"),
    EDIT_CUSTOMERS("add or change customer records"),
    LOG_CONTACTS("log contacts with customers"),
    RECORD_PURCHASES("record purchases"),
    VIEW_PRODUCTS("view products"),
    EDIT_PRODUCTS("add or change product details"),
    CHANGE_STOCK("change stock levels or reorder points"),
    VIEW_AUDIT("see field changes"),
    IMPORT_DATA("import customers or products"),
    MANAGE_CODES("manage problem and solution codes"),
    MANAGE_USERS("manage users"),
    VIEW_CALLS("see the office's incoming calls"),
    TAKE_CALLS("take incoming calls"),
    MANAGE_TRACKING_NUMBERS("manage tracking numbers and advertising sources"),
    VIEW_CARDS("see the office's cards"),
    EDIT_CARDS("fill in and save cards"),
    SEND_CARDS("send cards to another office"),
    MANAGE_CARD_TEMPLATES("add custom fields to card templates"),
    MANAGE_CAPABILITIES("switch features on and off"),
    RUN_REPORTS("run reports"),
    MANAGE_REPORTS("add or remove report layouts");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
