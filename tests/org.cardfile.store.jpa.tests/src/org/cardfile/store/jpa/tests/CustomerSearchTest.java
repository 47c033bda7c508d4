package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.cardfile.core.model.Customer;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.internal.CustomerSearch;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Search has a sorting plan for small results and a list-order walk for big ones (chosen per
 * query on a large database). Both must list exactly the same customers in the same order, page
 * for page, and never another office's customers.
 */
@TestInstance(Lifecycle.PER_CLASS)
class CustomerSearchTest {
    private static final List<String> QUERIES = List.of("", "b", "ba", "BAK", "ben baker", "baker ben", "m s",
            "217", "217555", "(217) 555-01", "+1217", "+1 312", "ben.baker@", "@", "c-", "c-00001", "C-000042",
            "smi", "zz", "a", "100%", "o'");
    private StoreFixture f;
    private Session alice;

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "search");
        alice = f.signIn("alice");
    }

    @AfterAll
    void close() {
        f.close();
    }

    @Test
    void theSortingAndTheWalkingPlanListTheSameCustomersPageForPage() {
        DataSource db = f.store.database().dataSource();
        CustomerSearch sorting = new CustomerSearch(db, 1_000_000);
        CustomerSearch walking = new CustomerSearch(db, 0);
        for (String q : QUERIES) {
            long count = sorting.count(alice.officeId(), q);
            assertEquals(count, walking.count(alice.officeId(), q), q);
            List<Long> sorted = ids(sorting.page(alice.officeId(), q, 0, 1000));
            assertEquals(count, sorted.size(), "one page of everything holds the count for '" + q + "'");
            assertEquals(sorted.size(), new HashSet<>(sorted).size(), "no customer twice for '" + q + "'");
            assertEquals(sorted, ids(walking.page(alice.officeId(), q, 0, 1000)), q);
            assertEquals(sorted, pagesOfSeven(sorting, q), q);
            assertEquals(sorted, pagesOfSeven(walking, q), q);
        }
    }

    @Test
    void resultsAreInListOrderAndMatchWhatWasTyped() {
        List<CustomerSummary> rows = f.customers.search(alice, "b", 0, 1000).rows();
        assertFalse(rows.isEmpty());
        for (CustomerSummary row : rows) {
            String name = row.displayName().toUpperCase();
            assertTrue(name.startsWith("B") || name.contains(" B") || name.contains("(B"), row.displayName());
        }
        List<Long> ids = ids(f.customers.search(alice, "", 0, 1000).rows());
        Map<Long, Customer> byId = new HashMap<>();
        ids.forEach(id -> byId.put(id, f.customers.get(alice, id)));
        List<Long> expected = new ArrayList<>(ids);
        expected.sort(Comparator.comparing((Long id) -> key(byId.get(id).lastName()))
                .thenComparing(id -> key(byId.get(id).firstName())).thenComparing(id -> id));
        assertEquals(expected, ids, "the whole list is ordered by last name, first name, id");
    }

    @Test
    void neitherPlanShowsAnotherOfficesCustomers() {
        Session rita = f.signIn("rita");
        DataSource db = f.store.database().dataSource();
        long ben = f.customers.findByPhone(alice, "(217) 555-0142").get(0).id();
        for (CustomerSearch plan : List.of(new CustomerSearch(db, 1_000_000), new CustomerSearch(db, 0))) {
            for (String q : List.of("", "ben baker", "baker", "2175550", "+12175550142", "ben.baker@")) {
                assertFalse(ids(plan.page(rita.officeId(), q, 0, 1000)).contains(ben), q);
            }
            assertEquals(30, plan.page(rita.officeId(), "", 0, 1000).size());
        }
    }

    private static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    private List<Long> pagesOfSeven(CustomerSearch search, String q) {
        List<Long> all = new ArrayList<>();
        for (int offset = 0;; offset += 7) {
            List<CustomerSummary> page = search.page(alice.officeId(), q, offset, 7);
            all.addAll(ids(page));
            if (page.size() < 7) {
                return all;
            }
        }
    }

    private static List<Long> ids(List<CustomerSummary> rows) {
        return rows.stream().map(CustomerSummary::id).toList();
    }
}
