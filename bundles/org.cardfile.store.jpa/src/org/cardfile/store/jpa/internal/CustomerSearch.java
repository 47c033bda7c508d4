package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.Keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.cardfile.core.model.Customer;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.store.jpa.foundation.PhoneNumbers;

/**
 * Search as you type over an office's customers, answered from covering indexes so that it stays
 * quick on a million rows. Each way a customer can match (last name, first name, company, number,
 * "first last", phone digits, e-mail) is an indexed prefix range; the ranges are made disjoint so
 * that counting needs no duplicate removal. A page is cut from the branches' results in list order:
 * a small branch is sorted, a big one is read off the last-name index in list order, stopping
 * after the page, because sorting many matches costs more than skipping non-matching entries.
 * Derby cannot size a {@code LIKE ?} range when it plans, so each query names its index.
 */
public final class CustomerSearch {
    /** Above this many matches in a branch, walking the list order beats sorting the branch. */
    public static final int SORT_LIMIT = 5_000;

    private static final String ORDER_INDEX = "CUSTOMER_SEARCH_LAST";
    private static final String ORDER = " ORDER BY LAST_NAME_KEY, FIRST_NAME_KEY, ID";
    private static final String WINDOW = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private final DataSource database;
    private final int sortLimit;

    public CustomerSearch(DataSource database) {
        this(database, SORT_LIMIT);
    }

    /** {@code sortLimit} chooses between the two plans; tests pin it to compare them. */
    public CustomerSearch(DataSource database, int sortLimit) {
        this.database = database;
        this.sortLimit = sortLimit;
    }

    /**
     * One way of matching: a prefix range on the index named, plus an optional further condition.
     * Every column it reads is in every search index, so no branch touches the table rows.
     */
    private record Branch(String index, String condition, List<Object> parameters) {
    }

    /** The branches a query is answered by; phone and e-mail queries search their own tables. */
    private record Match(List<Branch> branches, Related related) {
        boolean everything() {
            return branches.isEmpty() && related == null;
        }
    }

    /** A phone or e-mail prefix: a range over a child table's (office, key, customer) index. */
    private record Related(String table, String index, String column, String prefix) {
        String exists() {
            // probed once per customer row: by customer id, not by the key range
            return "EXISTS (SELECT 1 FROM " + table + " r --DERBY-PROPERTIES index=" + table + "_CUSTOMER"
                    + "\n WHERE r.CUSTOMER_ID = c.ID AND r." + column + " LIKE ? ESCAPE '\\')";
        }
    }

    public long count(long officeId, String query) {
        Match match = match(query);
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (match.everything()) {
            sql = "SELECT COUNT(*) FROM CUSTOMER WHERE OFFICE_ID = ?";
            parameters.add(officeId);
        } else if (match.related() != null) {
            Related r = match.related();
            sql = "SELECT COUNT(DISTINCT CUSTOMER_ID) FROM " + r.table() + " --DERBY-PROPERTIES index=" + r.index()
                    + "\n WHERE OFFICE_ID = ? AND " + r.column() + " LIKE ? ESCAPE '\\'";
            parameters.add(officeId);
            parameters.add(r.prefix());
        } else {
            sql = "SELECT COUNT(*) FROM (" + disjoint(officeId, match.branches(), "ID", parameters) + ") m";
        }
        return query(sql, parameters, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    public List<CustomerSummary> page(long officeId, String query, int offset, int limit) {
        Match match = match(query);
        int from = Math.max(0, offset);
        int size = Math.max(1, limit);
        List<Long> ids;
        if (match.everything()) {
            ids = ids("SELECT ID FROM CUSTOMER --DERBY-PROPERTIES index=" + ORDER_INDEX + "\n WHERE OFFICE_ID = ?" + ORDER
                    + WINDOW, List.of(officeId, from, size), 1);
        } else if (match.related() != null) {
            ids = relatedPage(officeId, match.related(), from, size);
        } else {
            ids = mergedPage(officeId, match.branches(), from, size);
        }
        return summaries(ids);
    }

    /**
     * Phone or e-mail matches: a few thousand are joined to their customers and sorted; a great many
     * are found by walking the customers in list order and probing each one's phones or e-mails.
     */
    private List<Long> relatedPage(long officeId, Related r, int from, int size) {
        String range = " FROM " + r.table() + " r --DERBY-PROPERTIES index=" + r.index()
                + "\n WHERE r.OFFICE_ID = ? AND r." + r.column() + " LIKE ? ESCAPE '\\'";
        if (atMost(relatedSortLimit(), "SELECT r.CUSTOMER_ID" + range, List.of(officeId, r.prefix()))) {
            return ids("SELECT DISTINCT c.LAST_NAME_KEY, c.FIRST_NAME_KEY, c.ID" + range.replace("\n WHERE",
                    "\n JOIN CUSTOMER c ON c.ID = r.CUSTOMER_ID WHERE") + " ORDER BY 1, 2, 3" + WINDOW,
                    List.of(officeId, r.prefix(), from, size), 3);
        }
        return ids("SELECT c.ID FROM CUSTOMER c --DERBY-PROPERTIES index=" + ORDER_INDEX + "\n WHERE c.OFFICE_ID = ? AND "
                + r.exists() + " ORDER BY c.LAST_NAME_KEY, c.FIRST_NAME_KEY, c.ID" + WINDOW,
                List.of(officeId, r.prefix(), from, size), 1);
    }

    /** Joining and sorting costs a few microseconds a match, probing a customer about as much. */
    private int relatedSortLimit() {
        return sortLimit * 10;
    }

    /**
     * Name and number matches: every branch yields its first {@code from + size} customers in list
     * order, and the page is cut from their merge. A branch ranged on the last-name index is in
     * list order already; another branch is sorted when small, or else read off the last-name index
     * in order with its condition as a filter.
     */
    private List<Long> mergedPage(long officeId, List<Branch> branches, int from, int size) {
        int needed = from + size;
        List<List<Row>> streams = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(officeId);
            String condition = exclusive(branches, i, parameters);
            String index = branches.get(i).index();
            if (!index.equals(ORDER_INDEX) && !atMost(sortLimit, "SELECT ID FROM CUSTOMER --DERBY-PROPERTIES index="
                    + index + "\n WHERE OFFICE_ID = ? AND " + condition, parameters)) {
                index = ORDER_INDEX;
            }
            parameters.add(needed);
            streams.add(query("SELECT LAST_NAME_KEY, FIRST_NAME_KEY, ID FROM CUSTOMER --DERBY-PROPERTIES index=" + index
                    + "\n WHERE OFFICE_ID = ? AND " + condition + ORDER + " FETCH FIRST ? ROWS ONLY", parameters, rs -> {
                        List<Row> rows = new ArrayList<>();
                        while (rs.next()) {
                            rows.add(new Row(rs.getString(1), rs.getString(2), rs.getLong(3)));
                        }
                        return rows;
                    }));
        }
        List<Row> merged = new ArrayList<>();
        streams.forEach(merged::addAll);
        merged.sort(null);
        List<Long> ids = new ArrayList<>(size);
        for (int i = from; i < Math.min(needed, merged.size()); i++) {
            ids.add(merged.get(i).id());
        }
        return ids;
    }

    /** A customer's place in the list; compares as Derby's UCS_BASIC collation orders the keys. */
    private record Row(String last, String first, long id) implements Comparable<Row> {
        @Override
        public int compareTo(Row o) {
            int c = last.compareTo(o.last);
            if (c == 0) {
                c = first.compareTo(o.first);
            }
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }

    /** Whether {@code sql} yields at most {@code limit} rows; reads at most one more. */
    private boolean atMost(int limit, String sql, List<Object> parameters) {
        List<Object> p = new ArrayList<>(parameters);
        p.add(limit + 1);
        return query(sql + " FETCH FIRST ? ROWS ONLY", p, rs -> {
            int n = 0;
            while (n <= limit && rs.next()) {
                n++;
            }
            return n;
        }) <= limit;
    }

    private List<Long> ids(String sql, List<Object> parameters, int column) {
        return query(sql, parameters, rs -> {
            List<Long> found = new ArrayList<>();
            while (rs.next()) {
                found.add(rs.getLong(column));
            }
            return found;
        });
    }

    private static Match match(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Match(List.of(), null);
        }
        String digits = PhoneNumbers.digits(q);
        if (q.matches("[+]?[0-9 ().\\-/]+") && digits.length() >= 3) {
            return q.startsWith("+")
                    ? new Match(List.of(), new Related("CUSTOMER_PHONE", "CUSTOMER_PHONE_E164_SEARCH", "E164",
                            Keys.prefix("+" + digits)))
                    : new Match(List.of(), new Related("CUSTOMER_PHONE", "CUSTOMER_PHONE_NATIONAL_SEARCH",
                            "NATIONAL_DIGITS", Keys.prefix(digits)));
        }
        if (q.contains("@")) {
            return new Match(List.of(), new Related("CUSTOMER_EMAIL", "CUSTOMER_EMAIL_SEARCH", "ADDRESS_KEY",
                    Keys.prefix(Keys.lower(q))));
        }
        String key = Keys.prefix(Keys.upper(q));
        List<Branch> branches = new ArrayList<>();
        branches.add(new Branch(ORDER_INDEX, "LAST_NAME_KEY LIKE ? ESCAPE '\\'", List.of(key)));
        branches.add(new Branch("CUSTOMER_SEARCH_FIRST", "FIRST_NAME_KEY LIKE ? ESCAPE '\\'", List.of(key)));
        branches.add(new Branch("CUSTOMER_SEARCH_COMPANY", "COMPANY_KEY LIKE ? ESCAPE '\\'", List.of(key)));
        if (q.length() >= 2 || !digits.isEmpty()) {
            // one letter would match every number of a "C-000123" scheme and say nothing
            branches.add(new Branch("CUSTOMER_SEARCH_NUMBER", "CUSTOMER_NUMBER_KEY LIKE ? ESCAPE '\\'", List.of(key)));
        }
        String[] words = q.split("\\s+");
        if (words.length == 2) {
            // "Ben Baker" and "Baker Ben" both find Ben Baker
            for (int i = 0; i < 2; i++) {
                branches.add(new Branch(ORDER_INDEX, "(LAST_NAME_KEY LIKE ? ESCAPE '\\' AND FIRST_NAME_KEY LIKE ? ESCAPE '\\')",
                        List.of(Keys.prefix(Keys.upper(words[1 - i])), Keys.prefix(Keys.upper(words[i])))));
            }
        }
        return new Match(branches, null);
    }

    /**
     * The branches as one UNION ALL in which each branch leaves out what an earlier one matched,
     * so every customer comes once without the sort a UNION would need to remove duplicates.
     */
    private static String disjoint(long officeId, List<Branch> branches, String columns, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < branches.size(); i++) {
            parameters.add(officeId);
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(columns).append(" FROM CUSTOMER")
                    .append(" --DERBY-PROPERTIES index=").append(branches.get(i).index()).append("\n WHERE OFFICE_ID = ? AND ")
                    .append(exclusive(branches, i, parameters));
        }
        return sql.toString();
    }

    /** Branch {@code i}'s condition, excluding every earlier branch's matches. */
    private static String exclusive(List<Branch> branches, int i, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(branches.get(i).condition());
        parameters.addAll(branches.get(i).parameters());
        for (int j = 0; j < i; j++) {
            sql.append(" AND NOT ").append(branches.get(j).condition());
            parameters.addAll(branches.get(j).parameters());
        }
        return sql.toString();
    }

    /** The page's rows with each customer's first phone and e-mail, in the order of {@code ids}. */
    private List<CustomerSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (long id : ids) {
            in.append(in.isEmpty() ? "" : ",").append(id);
        }
        Map<Long, Object[]> customers = query("SELECT ID, CUSTOMER_NUMBER, FIRST_NAME, LAST_NAME, COMPANY, CITY"
                + " FROM CUSTOMER WHERE ID IN (" + in + ")", List.of(), rs -> {
                    Map<Long, Object[]> rows = new HashMap<>();
                    while (rs.next()) {
                        rows.put(rs.getLong(1), new Object[] { rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6) });
                    }
                    return rows;
                });
        Map<Long, String> phones = firstOf("SELECT CUSTOMER_ID, E164 FROM CUSTOMER_PHONE WHERE CUSTOMER_ID IN (" + in
                + ") ORDER BY CUSTOMER_ID, POSITION");
        Map<Long, String> emails = firstOf("SELECT CUSTOMER_ID, ADDRESS FROM CUSTOMER_EMAIL WHERE CUSTOMER_ID IN (" + in
                + ") ORDER BY CUSTOMER_ID, POSITION");
        List<CustomerSummary> page = new ArrayList<>(ids.size());
        for (long id : ids) {
            Object[] r = customers.get(id);
            if (r == null) {
                continue; // deleted between the two reads
            }
            String name = Customer.displayName((String) r[1], (String) r[2], (String) r[3]);
            page.add(new CustomerSummary(id, (String) r[0], name, phones.getOrDefault(id, ""),
                    emails.getOrDefault(id, ""), (String) r[4]));
        }
        return page;
    }

    private Map<Long, String> firstOf(String sql) {
        return query(sql, List.of(), rs -> {
            Map<Long, String> first = new HashMap<>();
            while (rs.next()) {
                first.putIfAbsent(rs.getLong(1), rs.getString(2));
            }
            return first;
        });
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, List<Object> parameters, Rows<T> rows) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Customer search failed: " + e.getMessage(), e);
        }
    }
}
