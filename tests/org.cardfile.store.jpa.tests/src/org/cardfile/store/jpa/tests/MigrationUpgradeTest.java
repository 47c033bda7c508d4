package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.model.Product;
import org.cardfile.core.model.Purchase;
import org.cardfile.core.security.Session;
import org.cardfile.store.calls.internal.CallsStore;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.jpa.foundation.db.StoreSchema;
import org.cardfile.store.cards.internal.CardsStore;
import org.cardfile.store.jpa.internal.PasswordHasher;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** A database written by the first release (schema 1) opens in this one, upgraded, with its data. */
class MigrationUpgradeTest {
    /** The database the test upgrades; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @Test
    void aVersionOneDatabaseIsUpgradedInPlaceAndKeepsItsData() throws Exception {
        TestDatabase db = TestDatabase.create(kind(), "upgrade");
        try (Database v1 = Database.open(db.config())) {
            LegacyRelease.create(v1, 1);
            try (Connection c = v1.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO OFFICE (ID, CODE, NAME, DEFAULT_REGION, NEXT_CUSTOMER_NUMBER)"
                        + " VALUES (1, 'OLD', 'Old Office', 'US', 2)");
                s.execute("INSERT INTO EMPLOYEE (ID, VERSION, LOGIN, DISPLAY_NAME, OFFICE_ID, ROLES, ACTIVE, PASSWORD_HASH)"
                        + " VALUES (2, 1, 'olga', 'Olga Old', 1, 'ADMIN', 1, '"
                        + new PasswordHasher().hash("cardfile".toCharArray()) + "')");
                s.execute("INSERT INTO PRODUCT (ID, VERSION, OFFICE_ID, SKU, SKU_KEY, NAME, NAME_KEY, DESCRIPTION, PRICE,"
                        + " STOCK_ON_HAND, REORDER_POINT, UPDATED_BY, UPDATED_AT) VALUES (3, 1, 1, 'OLD-1', 'OLD-1',"
                        + " 'Legacy lamp', 'LEGACY LAMP', '', 12.50, 7, 2, 'Olga Old', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO CUSTOMER (ID, VERSION, OFFICE_ID, CUSTOMER_NUMBER, CUSTOMER_NUMBER_KEY, FIRST_NAME,"
                        + " LAST_NAME, COMPANY, FIRST_NAME_KEY, LAST_NAME_KEY, COMPANY_KEY, STREET, CITY, REGION,"
                        + " POSTAL_CODE, COUNTRY, NOTES, UPDATED_BY, UPDATED_AT) VALUES (4, 1, 1, 'C-000001', 'C-000001',"
                        + " 'Otto', 'Old', '', 'OTTO', 'OLD', '', '', '', '', '', '', '', 'Olga Old', CURRENT_TIMESTAMP)");
                s.execute("UPDATE ID_SEQUENCE SET SEQ_COUNT = 100 WHERE SEQ_NAME = 'ID'");
            }
        }

        StoreFixture f = StoreFixture.at(db);
        try {
            // every capability's tables are at this release's version: the foundation's steps 2 and 3 ran,
            // and the calls and cards capabilities got their tables from their own step 1
            assertEquals(f.store.latestSchemaVersion(StoreSchema.schema()), f.store.schemaVersion(StoreSchema.CAPABILITY));
            assertEquals(f.store.latestSchemaVersion(CallsStore.schema()), f.store.schemaVersion(CallsStore.CAPABILITY));
            assertEquals(f.store.latestSchemaVersion(CardsStore.schema()), f.store.schemaVersion(CardsStore.CAPABILITY));
            Session olga = f.auth.signIn("olga", "cardfile".toCharArray());
            Product lamp = f.products.findBySku(olga, "OLD-1").orElseThrow();
            assertEquals("Legacy lamp", lamp.name());
            assertEquals(7, lamp.stockOnHand());
            assertFalse(lamp.hasImage(), "the column added by version 2 defaults for old rows");
            // version 3's search indexes were built over the old rows
            assertEquals(List.of("C-000001"), f.customers.search(olga, "ott", 0, 10).rows().stream()
                    .map(CustomerSummary::customerNumber).toList());
            assertEquals(1, f.customers.count(olga, "C-0"));
            // what version 2 added works on the upgraded data
            Purchase bought = f.purchases.record(olga, new Purchase(0, 4, lamp.id(), "", "", 1, null,
                    LocalDate.now(), "SN-1"));
            assertEquals("Legacy lamp", bought.productName());
            assertTrue(f.audit.changes(olga, new org.cardfile.core.model.RecordRef(
                    org.cardfile.core.model.RecordType.CUSTOMER, 4)).stream().anyMatch(c -> c.field().equals("Purchase")));
        } finally {
            f.close();
        }
    }

    /**
     * A database of the last release that kept one schema version for everything (steps 1 to 6, in
     * use: calls, a card from a call with notes and a reminder, a transfer, a template switched off)
     * is upgraded in place: every row of every table is still there, no step runs again, and the
     * capabilities read their data as before.
     */
    @Test
    void aDatabaseOfTheLastSingleVersionReleaseKeepsEveryRowAndRunsNoStepAgain() throws Exception {
        StoreFixture f = StoreFixture.withDemoData(kind(), "upgrade-v6");
        try {
            Session alice = f.signIn("alice");
            Session admin = f.signIn("admin");
            Session rita = f.signIn("rita");
            long callId = f.inbox.accept(new CallEvent("test", "legacy-1", 1, "217 555 0142", "217 555 0190", "",
                    CallStatus.RINGING, Instant.now(), "BAKER BEN", "")).callId();
            f.calls.pick(alice, callId);
            Card card = f.cards.forCall(alice, callId, GuestCardTemplate.ID, ZoneId.systemDefault())
                    .withValue("firstName", "Ben").withValue("lastName", "Baker").withValue("bedrooms", "2")
                    .withReminders(List.of(new CardReminder(0, ReminderKind.FOLLOW_UP, "Call back about the lease",
                            Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS), 0, 0, "", false)));
            Card saved = f.cards.save(alice, card);
            f.cards.addNote(alice, saved.id(), "Wants a ground-floor flat");
            f.cards.sendToOffice(alice, saved.id(), rita.officeId(), "for the washer repair");
            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, false);

            Map<String, List<String>> before = new HashMap<>();
            List<String> legacySteps = new ArrayList<>();
            f.reopenAfter(db -> {
                LegacyRelease.rewriteAsLegacy(db);
                before.putAll(rows(db));
            });
            f.reopenAfter(db -> {
                Map<String, List<String>> after = rows(db);
                assertTrue(after.keySet().containsAll(before.keySet()), "every table is still there");
                java.util.Set<String> added = new java.util.TreeSet<>(after.keySet());
                added.removeAll(before.keySet());
                assertEquals(java.util.Set.of("CAPABILITY_SWITCH", "CAPABILITY_SWITCH_LOG", "CALL_HOUR", "CALLER_HOUR",
                        "CALL_WON", "REPORT_GRANT", "REPORT_GRANT_LOG"), added,
                        "new tables are only those of the steps after the old release (store steps 4 and 6, calls 4 and 6)");
                assertEquals(List.of("1"), after.get("CALL_HOUR").stream().map(MigrationUpgradeTest::calls).toList(),
                        "the summaries were filled from the old release's call to a tracking number");
                // table by table, so a difference names its table
                before.forEach((table, rows) -> assertEquals(rows, after.get(table), table + ": every row, unchanged"));
                legacySteps.addAll(LegacyRelease.recordedSteps(db));
            });

            // the old steps are carried over with when they ran, each to the capability that owns its tables
            assertEquals(List.of("calls 1 2026-06-01T12:00:04Z", "calls 2 2026-06-01T12:00:05Z",
                    "cards 1 2026-06-01T12:00:05Z",
                    "cards 2 2026-06-01T12:00:06Z", "store 1 2026-06-01T12:00:01Z", "store 2 2026-06-01T12:00:02Z",
                    "store 3 2026-06-01T12:00:03Z"), legacySteps.stream().filter(step -> !sinceRelease(step, "store 4"))
                    .toList());
            for (String step : java.util.stream.Stream.concat(java.util.stream.Stream.of("store 4"),
                    STEPS_SINCE_PER_CAPABILITY.stream()).toList()) {
                assertEquals(1, legacySteps.stream().filter(recorded -> recorded.startsWith(step + " ")).count(),
                        step + ", a step after the old release, ran once, on the upgrade");
            }
            alice = f.signIn("alice");
            rita = f.signIn("rita");
            assertEquals(saved.id(), f.calls.get(alice, callId).cardId(), "the call still opens its card");
            assertEquals(List.of("Wants a ground-floor flat"), f.cards.notes(alice, saved.id()).stream()
                    .filter(n -> !n.text().startsWith("Sent to")).map(CardNote::text).toList());
            assertEquals(1, f.cards.get(alice, saved.id()).reminders().size());
            assertFalse(f.cardTemplates.installed(alice).stream().filter(t -> t.layout().id().equals(GuestCardTemplate.ID))
                    .findFirst().orElseThrow().offered(), "the office's switch survives");
            assertTrue(f.calls.live(rita, 60).stream().anyMatch(IncomingCall::isTransfer), "the transfer still waits");
            assertEquals(3, f.trackingNumbers.list(alice).size());
            // and the upgraded database takes new work
            long next = f.inbox.accept(new CallEvent("test", "legacy-2", 1, "217 555 0142", "217 555 0190", "",
                    CallStatus.RINGING, Instant.now(), "BAKER BEN", "")).callId();
            assertEquals("Ben Baker", f.calls.get(alice, next).callerLabel());
        } finally {
            f.close();
        }
    }

    /**
     * A database of the releases that kept a version per capability ({@code CAPABILITY_SCHEMA}, in use:
     * a call with its card and a note, a capability switched off) is upgraded in place: every row is still
     * there, only the per-hour call summaries are added (and filled), no step runs again, and each step keeps the date it ran.
     */
    @Test
    void aDatabaseOfThePerCapabilityVersionReleaseKeepsEveryRowAndRunsNoStepAgain() throws Exception {
        StoreFixture f = StoreFixture.withDemoData(kind(), "upgrade-per-capability");
        try {
            Session alice = f.signIn("alice");
            Session admin = f.signIn("admin");
            long callId = f.inbox.accept(new CallEvent("test", "per-capability-1", 1, "217 555 0142", "217 555 0190",
                    "", CallStatus.RINGING, Instant.now(), "BAKER BEN", "")).callId();
            f.calls.pick(alice, callId);
            Card saved = f.cards.save(alice, f.cards.forCall(alice, callId, GuestCardTemplate.ID, ZoneId.systemDefault())
                    .withValue("firstName", "Ben").withValue("lastName", "Baker").withValue("bedrooms", "2"));
            f.cards.addNote(alice, saved.id(), "Wants a ground-floor flat");
            f.cardTemplates.setOffered(admin, GuestCardTemplate.ID, false);

            Map<String, List<String>> before = new HashMap<>();
            List<String> steps = new ArrayList<>();
            f.reopenAfter(db -> {
                LegacyRelease.rewriteAsPerCapability(db);
                before.putAll(rows(db));
            });
            f.reopenAfter(db -> {
                Map<String, List<String>> after = rows(db);
                java.util.Set<String> added = new java.util.TreeSet<>(after.keySet());
                added.removeAll(before.keySet());
                assertTrue(after.keySet().containsAll(before.keySet()), "every table is still there");
                assertEquals(java.util.Set.of("CALL_HOUR", "CALLER_HOUR", "CALL_WON", "REPORT_GRANT", "REPORT_GRANT_LOG"),
                        added,
                        "new tables are only the per-hour summaries (calls steps 4 and 6) and the report sharing (store step 6)");
                assertEquals(List.of("1"), after.get("CALL_HOUR").stream().map(MigrationUpgradeTest::calls).toList(),
                        "the summaries were filled from the old release's call");
                before.forEach((table, rows) -> assertEquals(rows, after.get(table), table + ": every row, unchanged"));
                steps.addAll(LegacyRelease.recordedSteps(db));
            });

            assertEquals(LegacyRelease.perCapabilitySteps(), steps.stream().filter(step -> !sinceRelease(step)).toList(),
                    "every step of the old release recorded once, dated when it ran");
            for (String step : STEPS_SINCE_PER_CAPABILITY) {
                assertEquals(1, steps.stream().filter(recorded -> recorded.startsWith(step + " ")).count(),
                        step + ", a step after the old release, ran once, on the upgrade");
            }
            alice = f.signIn("alice");
            assertEquals(saved.id(), f.calls.get(alice, callId).cardId(), "the call still opens its card");
            assertEquals(List.of("Wants a ground-floor flat"), f.cards.notes(alice, saved.id()).stream()
                    .map(CardNote::text).toList());
        } finally {
            f.close();
        }
    }

    /** Every table's rows as text, sorted, but for the record of applied steps (which is what changes). */
    /** The steps this release added after the per-capability release: the reporting views, the call summaries, report sharing. */
    private static final List<String> STEPS_SINCE_PER_CAPABILITY = List.of("store 5", "store 6", "calls 3", "calls 4",
            "calls 5", "calls 6", "cards 3", "cards 4");

    /** The CALLS column of a CALL_HOUR row as {@link #rows} prints it (office, number, hour, calls, ...). */
    private static String calls(String row) {
        return row.split("\\|", -1)[3];
    }

    private static boolean sinceRelease(String recorded, String... more) {
        return java.util.stream.Stream.concat(STEPS_SINCE_PER_CAPABILITY.stream(), java.util.stream.Stream.of(more))
                .anyMatch(step -> recorded.startsWith(step + " "));
    }

    private static Map<String, List<String>> rows(Database db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT);
                    if (!LegacyRelease.recordsSteps(name)) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof java.sql.Blob blob) {
                                value = blob.getBytes(1, (int) blob.length());
                            }
                            row.append(value instanceof byte[] bytes ? java.util.Arrays.hashCode(bytes) : value)
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                tables.put(name, rows);
            }
        }
        assertTrue(tables.keySet().containsAll(List.of("CUSTOMER", "CALL_ENTRY", "TRACKING_NUMBER", "CARD", "CARD_NOTE",
                "CARD_REMINDER", "CARD_TEMPLATE_OFF")), tables.keySet().toString());
        return tables;
    }
}
