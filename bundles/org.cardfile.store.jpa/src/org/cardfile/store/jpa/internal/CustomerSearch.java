package org.cardfile.store.jpa.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.model.CustomerSummary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Search as you type over the office's customers. Each kind of query (phone digits, e-mail, name or
 * number) is answered by an indexed prefix range, never a scan, so it stays quick on a million rows.
 */
final class CustomerSearch {
    private static final String ORDER = " ORDER BY c.LAST_NAME_KEY, c.FIRST_NAME_KEY, c.ID";

    private final JpaStore store;

    CustomerSearch(JpaStore store) {
        this.store = store;
    }

    /** The matching customers' ids as a sub-select with its parameters. */
    private record Match(String idsSql, List<Object> parameters) {
    }

    List<CustomerSummary> page(long officeId, String query, int offset, int limit) {
        Match match = match(officeId, query);
        // a derived table joined on the key, not "ID IN (…)": Derby re-runs an IN sub-select per outer row
        String sql = "SELECT c.ID, c.CUSTOMER_NUMBER, c.FIRST_NAME, c.LAST_NAME, c.COMPANY, c.CITY FROM CUSTOMER c"
                + (match.idsSql() == null ? "" : " JOIN (" + match.idsSql() + ") m (MATCH_ID) ON c.ID = m.MATCH_ID")
                + " WHERE c.OFFICE_ID = ?" + ORDER + " OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, limit) + " ROWS ONLY";
        return store.read(em -> {
            List<Object[]> rows = rows(bind(em.createNativeQuery(sql), officeId, match));
            Map<Long, String> phones = firstOf(em, "SELECT CUSTOMER_ID, E164 FROM CUSTOMER_PHONE", rows);
            Map<Long, String> emails = firstOf(em, "SELECT CUSTOMER_ID, ADDRESS FROM CUSTOMER_EMAIL", rows);
            List<CustomerSummary> page = new ArrayList<>();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                String person = (r[2] + " " + r[3]).strip();
                String company = (String) r[4];
                String name = person.isEmpty() ? company : company.isEmpty() ? person : person + " (" + company + ")";
                page.add(new CustomerSummary(id, (String) r[1], name, phones.getOrDefault(id, ""),
                        emails.getOrDefault(id, ""), (String) r[5]));
            }
            return page;
        });
    }

    long count(long officeId, String query) {
        Match match = match(officeId, query);
        if (match.idsSql() == null) {
            return store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM CUSTOMER WHERE OFFICE_ID = ?")
                    .setParameter(1, officeId).getSingleResult()).longValue());
        }
        String sql = "SELECT COUNT(*) FROM (" + match.idsSql() + ") m";
        return store.read(em -> ((Number) bindMatch(em.createNativeQuery(sql), match, 1).getSingleResult()).longValue());
    }

    private static Match match(long officeId, String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Match(null, List.of());
        }
        String digits = PhoneNumbers.digits(q);
        if (q.matches("[+]?[0-9 ().\\-/]+") && digits.length() >= 3) {
            if (q.startsWith("+")) {
                return new Match("SELECT DISTINCT CUSTOMER_ID FROM CUSTOMER_PHONE WHERE OFFICE_ID = ? AND E164 LIKE ? ESCAPE '\\'",
                        List.of(officeId, Keys.prefix("+" + digits)));
            }
            return new Match("SELECT DISTINCT CUSTOMER_ID FROM CUSTOMER_PHONE WHERE OFFICE_ID = ? AND NATIONAL_DIGITS LIKE ? ESCAPE '\\'",
                    List.of(officeId, Keys.prefix(digits)));
        }
        if (q.contains("@")) {
            return new Match("SELECT DISTINCT CUSTOMER_ID FROM CUSTOMER_EMAIL WHERE OFFICE_ID = ? AND ADDRESS_KEY LIKE ? ESCAPE '\\'",
                    List.of(officeId, Keys.prefix(Keys.lower(q))));
        }
        String key = Keys.prefix(Keys.upper(q));
        List<Object> p = new ArrayList<>(List.of(officeId, key, officeId, key, officeId, key, officeId, key));
        StringBuilder sql = new StringBuilder()
                .append("SELECT ID FROM CUSTOMER WHERE OFFICE_ID = ? AND LAST_NAME_KEY LIKE ? ESCAPE '\\'")
                .append(" UNION SELECT ID FROM CUSTOMER WHERE OFFICE_ID = ? AND FIRST_NAME_KEY LIKE ? ESCAPE '\\'")
                .append(" UNION SELECT ID FROM CUSTOMER WHERE OFFICE_ID = ? AND COMPANY_KEY LIKE ? ESCAPE '\\'")
                .append(" UNION SELECT ID FROM CUSTOMER WHERE OFFICE_ID = ? AND CUSTOMER_NUMBER_KEY LIKE ? ESCAPE '\\'");
        String[] words = q.split("\\s+");
        if (words.length == 2) {
            // "Ben Baker" and "Baker Ben" both find Ben Baker
            for (int i = 0; i < 2; i++) {
                sql.append(" UNION SELECT ID FROM CUSTOMER WHERE OFFICE_ID = ? AND FIRST_NAME_KEY LIKE ? ESCAPE '\\'"
                        + " AND LAST_NAME_KEY LIKE ? ESCAPE '\\'");
                p.add(officeId);
                p.add(Keys.prefix(Keys.upper(words[i])));
                p.add(Keys.prefix(Keys.upper(words[1 - i])));
            }
        }
        return new Match(sql.toString(), p);
    }

    /** Parameters in text order: the match's sub-select comes before the outer office filter. */
    private static Query bind(Query query, long officeId, Match match) {
        bindMatch(query, match, 1);
        query.setParameter(match.parameters().size() + 1, officeId);
        return query;
    }

    private static Query bindMatch(Query query, Match match, int first) {
        for (int i = 0; i < match.parameters().size(); i++) {
            query.setParameter(first + i, match.parameters().get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** The first phone or e-mail (lowest position) of each customer on the page. */
    private static Map<Long, String> firstOf(EntityManager em, String select, List<Object[]> customers) {
        Map<Long, String> first = new HashMap<>();
        if (customers.isEmpty()) {
            return first;
        }
        StringBuilder in = new StringBuilder();
        for (Object[] c : customers) {
            in.append(in.isEmpty() ? "" : ",").append(((Number) c[0]).longValue());
        }
        List<Object[]> rows = rows(em.createNativeQuery(select + " WHERE CUSTOMER_ID IN (" + in + ") ORDER BY POSITION"));
        for (Object[] r : rows) {
            first.putIfAbsent(((Number) r[0]).longValue(), (String) r[1]);
        }
        return first;
    }
}
