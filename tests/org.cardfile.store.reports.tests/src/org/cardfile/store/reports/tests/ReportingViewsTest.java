package org.cardfile.store.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cardfile.store.reports.internal.ReportingViews;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The reporting views are the contract report designers build on: each version's views and columns
 * are pinned here. A later release may add views and columns, never drop or rename one.
 */
class ReportingViewsTest {
    private static final Map<String, List<String>> VERSION_1 = Map.ofEntries(
            Map.entry("R_OFFICE", List.of("OFFICE_ID", "OFFICE_CODE", "OFFICE_NAME", "DEFAULT_REGION")),
            Map.entry("R_EMPLOYEE", List.of("EMPLOYEE_ID", "OFFICE_ID", "LOGIN", "DISPLAY_NAME", "ROLES", "ACTIVE")),
            Map.entry("R_CUSTOMER", List.of("CUSTOMER_ID", "OFFICE_ID", "CUSTOMER_NUMBER", "FIRST_NAME", "LAST_NAME",
                    "COMPANY", "STREET", "CITY", "REGION", "POSTAL_CODE", "COUNTRY", "NOTES", "UPDATED_BY", "UPDATED_AT")),
            Map.entry("R_CUSTOMER_PHONE", List.of("CUSTOMER_ID", "OFFICE_ID", "POSITION", "PHONE_TYPE", "NUMBER_TEXT", "E164")),
            Map.entry("R_CUSTOMER_EMAIL", List.of("CUSTOMER_ID", "OFFICE_ID", "POSITION", "LABEL", "ADDRESS")),
            Map.entry("R_PRODUCT", List.of("PRODUCT_ID", "OFFICE_ID", "SKU", "NAME", "DESCRIPTION", "PRICE",
                    "STOCK_ON_HAND", "REORDER_POINT", "AT_REORDER_POINT", "STOCK_VALUE", "UPDATED_AT")),
            Map.entry("R_PURCHASE", List.of("PURCHASE_ID", "OFFICE_ID", "CUSTOMER_ID", "PRODUCT_ID", "SKU", "PRODUCT_NAME",
                    "QUANTITY", "UNIT_PRICE", "AMOUNT", "PURCHASED_ON", "SERIAL_NUMBER")),
            Map.entry("R_CODE", List.of("KIND", "CODE", "DESCRIPTION", "ACTIVE")),
            Map.entry("R_INTERACTION", List.of("INTERACTION_ID", "OFFICE_ID", "CUSTOMER_ID", "CHANNEL", "DIRECTION",
                    "OCCURRED_AT", "EMPLOYEE_ID", "EMPLOYEE_NAME", "PROBLEM_CODE", "PROBLEM", "SOLUTION_CODE", "SOLUTION",
                    "NOTES")),
            Map.entry("R_TRACKING_NUMBER", List.of("TRACKING_NUMBER_ID", "OFFICE_ID", "NUMBER_TEXT", "E164",
                    "ADVERTISING_SOURCE", "MEDIA", "CAMPAIGN", "MONTHLY_COST", "DESTINATION", "CARD_TEMPLATE", "ACTIVE")),
            Map.entry("R_CALL", List.of("CALL_ID", "OFFICE_ID", "DRIVER", "CALLER_NUMBER", "CALLER_NUMBER_VALID",
                    "CALLER_NAME", "DIALLED_NUMBER", "TRACKING_NUMBER_ID", "ADVERTISING_SOURCE", "DESTINATION", "STATUS",
                    "STARTED_AT", "ANSWERED_AT", "ENDED_AT", "ANSWERED", "MISSED", "RING_SECONDS", "TALK_SECONDS",
                    "CUSTOMER_ID", "RETURNING_CALLER", "TAKEN_BY_ID", "TAKEN_BY", "DISPOSITION", "DISPOSED_AT", "CARD_ID")),
            Map.entry("R_CARD", List.of("CARD_ID", "OFFICE_ID", "TEMPLATE_ID", "TITLE", "CUSTOMER_ID", "CALL_ID", "OUTCOME",
                    "TRANSFERRED_FROM", "CREATED_AT", "CREATED_BY", "UPDATED_AT", "UPDATED_BY")),
            Map.entry("R_CARD_VALUE", List.of("CARD_ID", "OFFICE_ID", "FIELD_ID", "FIELD_VALUE")),
            Map.entry("R_CARD_NOTE", List.of("NOTE_ID", "CARD_ID", "OFFICE_ID", "WRITTEN_AT", "EMPLOYEE_ID",
                    "EMPLOYEE_NAME", "NOTE_TEXT")),
            Map.entry("R_FOLLOW_UP", List.of("REMINDER_ID", "CARD_ID", "OFFICE_ID", "KIND", "TITLE", "DUE_AT",
                    "DURATION_MINUTES", "ASSIGNEE_ID", "ASSIGNEE_NAME", "DONE")));

    /** Version 2 added the calls' per-hour summaries. */
    private static final Map<String, List<String>> VERSION_2 = Map.of(
            "R_CALL_HOUR", List.of("OFFICE_ID", "TRACKING_NUMBER_ID", "HOUR_START", "CALLS", "ANSWERED", "MISSED",
                    "RETURNING_CALLS", "CARDS"),
            "R_CALLER_HOUR", List.of("OFFICE_ID", "TRACKING_NUMBER_ID", "CALLER_NUMBER", "HOUR_START", "CALLS",
                    "PREVIOUS_HOUR"));

    /** Version 3 added the won leads to the per-hour summaries. */
    private static final Map<String, List<String>> VERSION_3 = Map.of("R_CALL_HOUR", List.of("WON"));

    private static final Map<String, List<String>> PINNED = pinned();

    private static Map<String, List<String>> pinned() {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        for (Map<String, List<String>> version : List.of(VERSION_1, VERSION_2, VERSION_3)) {
            version.forEach((view, columns) -> all.merge(view, columns,
                    (had, added) -> java.util.stream.Stream.concat(had.stream(), added.stream()).toList()));
        }
        return Map.copyOf(all);
    }

    /** Shared reference data, the same for every office. */
    private static final Set<String> UNSCOPED = Set.of("R_CODE");

    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @Test
    void everyReleasedViewKeepsItsColumnsAndOfficeScope() throws Exception {
        try (StoreFixture f = StoreFixture.fresh(kind(), "views");
                Connection c = f.store.database().dataSource().getConnection()) {
            Map<String, List<String>> actual = columns(c);
            for (var pinned : PINNED.entrySet()) {
                List<String> has = actual.get(pinned.getKey());
                assertTrue(has != null, pinned.getKey() + " is missing; the views are " + actual.keySet());
                assertTrue(has.containsAll(pinned.getValue()), pinned.getKey() + " lost columns: pinned "
                        + pinned.getValue() + ", has " + has);
            }
            ReportingViews views = ReportingViews.of(c);
            for (String view : PINNED.keySet()) {
                assertEquals(!UNSCOPED.contains(view), views.scoped(view), view + " office scope");
            }
        }
    }

    @Test
    void noViewShowsASecret() throws Exception {
        try (StoreFixture f = StoreFixture.fresh(kind(), "secrets");
                Connection c = f.store.database().dataSource().getConnection()) {
            columns(c).forEach((view, cols) -> cols.forEach(col -> assertFalse(
                    col.contains("PASSWORD") || col.contains("HASH") || col.contains("TOKEN"), view + "." + col)));
        }
    }

    private static Map<String, List<String>> columns(Connection c) throws Exception {
        Map<String, List<String>> views = new TreeMap<>();
        ReportingViews known = ReportingViews.of(c);
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                String view = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (known.contains(view)) {
                    views.computeIfAbsent(view, v -> new ArrayList<>())
                            .add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return views;
    }
}
