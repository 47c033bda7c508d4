package org.cardfile.store.jpa.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Deterministic synthetic customers, and the raw JDBC batch insert that is both the fastest way to
 * load a million of them and the baseline the store's own import is compared with.
 */
final class Population {
    private static final String[] FIRST = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica" };
    private static final String[] STEM = { "Ka", "Lo", "Mi", "Ra", "Ste", "Vo", "Ben", "Har", "Mor", "Wil", "Ash",
            "Brad", "Col", "Dun", "Eck", "Fitz", "Gal", "Hol", "Iver", "Jen" };
    private static final String[] END = { "son", "ton", "ley", "man", "er", "ez", "ski", "berg", "field", "wood" };

    record Person(String number, String first, String last, String e164, String national, String email) {
    }

    /** Exchanges 200-999 without the N11 service codes, which are not valid subscriber numbers. */
    private static final int[] EXCHANGES = java.util.stream.IntStream.rangeClosed(200, 999).filter(e -> e % 100 != 11)
            .toArray();

    /** Customer {@code i} (unique up to 7.9 million): a number, a valid phone (+1 312 xxx xxxx) and an e-mail. */
    static Person person(long i) {
        String first = FIRST[(int) (i % FIRST.length)];
        String last = STEM[(int) ((i / 7) % STEM.length)] + END[(int) ((i / 3) % END.length)];
        String national = String.format(Locale.ROOT, "312%03d%04d", EXCHANGES[(int) ((i / 10_000) % EXCHANGES.length)],
                i % 10_000);
        return new Person(String.format(Locale.ROOT, "B-%07d", i), first, last, "+1" + national, national,
                (first + "." + last + "." + i + "@example.com").toLowerCase(Locale.ROOT));
    }

    static String lastNameOf(long i) {
        return person(i).last();
    }

    /**
     * Inserts customers {@code from} (inclusive) to {@code to} (exclusive) of the office with ids
     * from {@code firstId}, three rows each, in JDBC batches; returns rows written.
     */
    static long insertRaw(DataSource db, long officeId, long from, long to, long firstId) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO CUSTOMER (ID, VERSION, OFFICE_ID,"
                    + " CUSTOMER_NUMBER, CUSTOMER_NUMBER_KEY, FIRST_NAME, LAST_NAME, COMPANY, FIRST_NAME_KEY, LAST_NAME_KEY,"
                    + " COMPANY_KEY, STREET, CITY, REGION, POSTAL_CODE, COUNTRY, NOTES, UPDATED_BY, UPDATED_AT)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, '', ?, ?, '', '1 Main St', 'Chicago', 'IL', '60601', 'US', '',"
                    + " 'benchmark', ?)");
                    PreparedStatement phone = c.prepareStatement("INSERT INTO CUSTOMER_PHONE (ID, CUSTOMER_ID, OFFICE_ID,"
                            + " POSITION, PHONE_TYPE, NUMBER_TEXT, E164, NATIONAL_DIGITS) VALUES (?, ?, ?, 0, 'MOBILE', ?, ?, ?)");
                    PreparedStatement email = c.prepareStatement("INSERT INTO CUSTOMER_EMAIL (ID, CUSTOMER_ID, OFFICE_ID,"
                            + " POSITION, LABEL, ADDRESS, ADDRESS_KEY) VALUES (?, ?, ?, 0, '', ?, ?)")) {
                long id = firstId;
                for (long i = from; i < to; i++) {
                    Person p = person(i);
                    long customerId = id++;
                    customer.setLong(1, customerId);
                    customer.setLong(2, officeId);
                    customer.setString(3, p.number());
                    customer.setString(4, p.number());
                    customer.setString(5, p.first());
                    customer.setString(6, p.last());
                    customer.setString(7, p.first().toUpperCase(Locale.ROOT));
                    customer.setString(8, p.last().toUpperCase(Locale.ROOT));
                    customer.setTimestamp(9, now);
                    customer.addBatch();
                    phone.setLong(1, id++);
                    phone.setLong(2, customerId);
                    phone.setLong(3, officeId);
                    phone.setString(4, p.e164());
                    phone.setString(5, p.e164());
                    phone.setString(6, p.national());
                    phone.addBatch();
                    email.setLong(1, id++);
                    email.setLong(2, customerId);
                    email.setLong(3, officeId);
                    email.setString(4, p.email());
                    email.setString(5, p.email());
                    email.addBatch();
                    if ((i - from + 1) % 1_000 == 0) {
                        customer.executeBatch();
                        phone.executeBatch();
                        email.executeBatch();
                    }
                    if ((i - from + 1) % 50_000 == 0) {
                        c.commit();
                    }
                }
                customer.executeBatch();
                phone.executeBatch();
                email.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                // keep the store's id generator above what was written here
                s.executeUpdate("UPDATE ID_SEQUENCE SET SEQ_COUNT = " + (firstId + 3 * (to - from) + 1000)
                        + " WHERE SEQ_NAME = 'ID' AND SEQ_COUNT < " + (firstId + 3 * (to - from) + 1000));
            }
            c.commit();
        }
        return 3 * (to - from);
    }
}
