package org.cardfile.core.security;

import static org.cardfile.core.model.Role.ADMIN;
import static org.cardfile.core.model.Role.CALL_CENTER_REP;
import static org.cardfile.core.model.Role.CLIENT;
import static org.cardfile.core.model.Role.REPAIR_REP;
import static org.cardfile.core.model.Role.WAREHOUSE_REP;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cardfile.core.model.Role;

/**
 * The one table of who may do what. The client company may maintain its product details but not
 * stock; the warehouse keeps stock but does not touch customers' contact details; only admins
 * manage users, codes and imports.
 */
public final class RolePolicy {
    private static final Map<Permission, Set<Role>> GRANTS = Map.ofEntries(
            Map.entry(Permission.VIEW_CUSTOMERS, EnumSet.allOf(Role.class)),
            Map.entry(Permission.EDIT_CUSTOMERS, EnumSet.of(CLIENT, CALL_CENTER_REP, REPAIR_REP, ADMIN)),
            Map.entry(Permission.LOG_CONTACTS, EnumSet.allOf(Role.class)),
            Map.entry(Permission.RECORD_PURCHASES, EnumSet.of(CLIENT, CALL_CENTER_REP, REPAIR_REP, ADMIN)),
            Map.entry(Permission.VIEW_PRODUCTS, EnumSet.allOf(Role.class)),
            Map.entry(Permission.EDIT_PRODUCTS, EnumSet.of(CLIENT, WAREHOUSE_REP, ADMIN)),
            Map.entry(Permission.CHANGE_STOCK, EnumSet.of(WAREHOUSE_REP, ADMIN)),
            Map.entry(Permission.VIEW_AUDIT, EnumSet.allOf(Role.class)),
            Map.entry(Permission.IMPORT_DATA, EnumSet.of(ADMIN)),
            Map.entry(Permission.MANAGE_CODES, EnumSet.of(ADMIN)),
            Map.entry(Permission.MANAGE_USERS, EnumSet.of(ADMIN)),
            Map.entry(Permission.VIEW_CALLS, EnumSet.allOf(Role.class)),
            // the client company and the warehouse see who calls but do not answer the office's lines
            Map.entry(Permission.TAKE_CALLS, EnumSet.of(CALL_CENTER_REP, REPAIR_REP, ADMIN)),
            Map.entry(Permission.MANAGE_TRACKING_NUMBERS, EnumSet.of(ADMIN)),
            Map.entry(Permission.VIEW_CARDS, EnumSet.allOf(Role.class)),
            // cards are what reps fill in while serving a customer; the client company and the warehouse read them
            Map.entry(Permission.EDIT_CARDS, EnumSet.of(CALL_CENTER_REP, REPAIR_REP, ADMIN)),
            Map.entry(Permission.SEND_CARDS, EnumSet.of(CALL_CENTER_REP, REPAIR_REP, ADMIN)),
            Map.entry(Permission.MANAGE_CARD_TEMPLATES, EnumSet.of(ADMIN)),
            Map.entry(Permission.MANAGE_CAPABILITIES, EnumSet.of(ADMIN)),
            // the client company reads reports on its customers; what a report shows is still its office's rows
            Map.entry(Permission.RUN_REPORTS, EnumSet.allOf(Role.class)),
            Map.entry(Permission.MANAGE_REPORTS, EnumSet.of(ADMIN)));

    private RolePolicy() {
    }

    public static boolean allows(Collection<Role> roles, Permission permission) {
        Set<Role> granted = GRANTS.get(permission);
        return roles.stream().anyMatch(granted::contains);
    }
}
