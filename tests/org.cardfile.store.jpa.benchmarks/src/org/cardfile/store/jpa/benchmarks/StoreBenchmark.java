package org.cardfile.store.jpa.benchmarks;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.cardfile.core.model.Customer;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.internal.CsvDataImport;
import org.cardfile.store.jpa.internal.JpaAuthenticationService;
import org.cardfile.store.jpa.internal.JpaCustomerRepository;
import org.cardfile.store.jpa.internal.JpaFirstRun;
import org.junit.jupiter.api.Test;

/**
 * Loads N customers (default 1,000,000) into a fresh embedded Derby database and measures, in the
 * same run, the store's paths beside raw JDBC doing the same work. Run with
 * {@code releng/scripts/cardfile benchmark [customers]}; the report lands in target/benchmark.md.
 */
class StoreBenchmark {
    private static final int IMPORT_ROWS = 20_000;
    private static final int LOOKUPS = 5_000;
    private static final int WARMUP = 1_000;

    @Test
    void run() throws Exception {
        long customers = Long.getLong("cardfile.bench.customers", 1_000_000);
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "bench-");
        SessionRegistry sessions = new SessionRegistry();
        try (JpaStore store = new JpaStore(dir)) {
            new JpaFirstRun(store, null, java.util.List.of()).createFirstOffice("Benchmark Office", "bench", "Bench Admin", "benchmark".toCharArray());
            Session admin = new JpaAuthenticationService(store, sessions).signIn("bench", "benchmark".toCharArray());
            JpaCustomerRepository repository = new JpaCustomerRepository(store, sessions);
            Report report = new Report("Cardfile store benchmark: " + customers + " customers, embedded Derby");
            report.note("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ". Every figure sits beside a baseline measured in this run.");

            long start = System.nanoTime();
            long rows = Population.insertRaw(store.database().dataSource(), admin.officeId(), 0, customers, 10_000_000);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            report.note(String.format(Locale.ROOT, "Loaded %d customers (%d rows with phones and e-mails) by raw JDBC"
                    + " batch insert in %.1f s.", customers, rows, loadSeconds));

            Path out = Path.of("target", "benchmark.md");
            // written after every section so a long run leaves what it measured so far
            report.write(out);
            importRate(store, sessions, admin, customers, report);
            report.write(out);
            phoneLookups(store, repository, admin, customers, report);
            report.write(out);
            searchAsYouType(repository, admin, customers, report);
            report.write(out);
            CallBenchmarks calls = new CallBenchmarks(store, admin.officeId(), customers, report);
            long interactions = calls.insertInteractions(Long.getLong("cardfile.bench.interactions", 5 * customers),
                    1_000_000_000L);
            report.write(out);
            calls.crossReference(interactions);
            report.write(out);
            calls.durableIngest();
            report.write(out);
        }
    }

    /** The CSV import (parse, validate, E.164, audit, one transaction) beside a raw JDBC batch of the same rows. */
    private static void importRate(JpaStore store, SessionRegistry sessions, Session admin, long existing, Report report)
            throws SQLException {
        StringBuilder csv = new StringBuilder(
                "customerNumber,firstName,lastName,company,street,city,region,postalCode,country,phone,mobile,email,notes\n");
        for (long i = existing; i < existing + IMPORT_ROWS; i++) {
            Population.Person p = Population.person(i);
            csv.append(p.number()).append(',').append(p.first()).append(',').append(p.last())
                    .append(",,1 Main St,Chicago,IL,60601,US,,").append(p.e164()).append(',').append(p.email()).append(",\n");
        }
        long start = System.nanoTime();
        ImportResult result = new CsvDataImport(store, sessions).importCustomers(admin, new StringReader(csv.toString()),
                ImportProgress.NONE);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        if (result.imported() != IMPORT_ROWS) {
            throw new IllegalStateException("import rejected rows: " + result.rejected().stream().limit(5).toList());
        }
        long base = existing + IMPORT_ROWS;
        start = System.nanoTime();
        Population.insertRaw(store.database().dataSource(), admin.officeId(), base, base + IMPORT_ROWS, 50_000_000);
        double rawSeconds = (System.nanoTime() - start) / 1e9;
        report.rateTable("Bulk import (" + IMPORT_ROWS + " customers)", "CSV import through DataImport (validation,"
                + " E.164, audit rows, one transaction)", IMPORT_ROWS / importSeconds,
                "raw JDBC batch insert of the same customers", IMPORT_ROWS / rawSeconds);
    }

    private static void phoneLookups(JpaStore store, JpaCustomerRepository repository, Session admin, long customers,
            Report report) throws SQLException {
        Random random = new Random(42);
        Latencies viaRepository = new Latencies("CustomerRepository.findByPhone");
        Latencies viaJdbc = new Latencies("raw JDBC, indexed (customer + phones + e-mails)");
        try (Connection c = store.database().dataSource().getConnection();
                PreparedStatement byPhone = c.prepareStatement("SELECT c.* FROM CUSTOMER_PHONE p JOIN CUSTOMER c"
                        + " ON c.ID = p.CUSTOMER_ID WHERE p.OFFICE_ID = ? AND p.E164 = ?");
                PreparedStatement phones = c.prepareStatement("SELECT * FROM CUSTOMER_PHONE WHERE CUSTOMER_ID = ?");
                PreparedStatement emails = c.prepareStatement("SELECT * FROM CUSTOMER_EMAIL WHERE CUSTOMER_ID = ?")) {
            for (int round = 0; round < WARMUP + LOOKUPS; round++) {
                Population.Person p = Population.person((long) (random.nextDouble() * customers));
                String typed = "(" + p.national().substring(0, 3) + ") " + p.national().substring(3, 6) + "-"
                        + p.national().substring(6);
                boolean measure = round >= WARMUP;
                long t0 = System.nanoTime();
                List<Customer> found = repository.findByPhone(admin, typed);
                long t1 = System.nanoTime();
                int rows = rawLookup(byPhone, phones, emails, admin.officeId(), p.e164());
                long t2 = System.nanoTime();
                if (found.size() != 1 || rows != 1) {
                    throw new IllegalStateException("lookup of " + typed + " found " + found.size() + " / " + rows);
                }
                if (measure) {
                    viaRepository.add(t1 - t0);
                    viaJdbc.add(t2 - t1);
                }
            }
        }
        report.latencyTable("Lookup by phone on " + customers + " customers", viaRepository, viaJdbc);
    }

    private static int rawLookup(PreparedStatement byPhone, PreparedStatement phones, PreparedStatement emails,
            long office, String e164) throws SQLException {
        int found = 0;
        byPhone.setLong(1, office);
        byPhone.setString(2, e164);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = byPhone.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong("ID"));
                found++;
            }
        }
        for (long id : ids) {
            for (PreparedStatement details : List.of(phones, emails)) {
                details.setLong(1, id);
                try (ResultSet rs = details.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        }
        return found;
    }

    /** What the Customers part does per keystroke: count the matches and fetch the first page. */
    private static void searchAsYouType(JpaCustomerRepository repository, Session admin, long customers, Report report) {
        Random random = new Random(7);
        List<Latencies> rows = new ArrayList<>();
        for (int length = 1; length <= 4; length++) {
            rows.add(new Latencies("name, " + length + " letter(s) typed: count + first 100 rows"));
        }
        Latencies phone = new Latencies("phone digits, 6 typed: count + first 100 rows");
        int rounds = Integer.getInteger("cardfile.bench.searches", 220);
        int warmup = rounds / 10;
        for (int round = 0; round < rounds; round++) {
            String last = Population.lastNameOf((long) (random.nextDouble() * customers));
            for (int length = 1; length <= 4; length++) {
                String prefix = last.substring(0, Math.min(length, last.length()));
                long t0 = System.nanoTime();
                repository.count(admin, prefix);
                repository.search(admin, prefix, 0, 100);
                if (round >= warmup) {
                    rows.get(length - 1).add(System.nanoTime() - t0);
                }
            }
            String digits = Population.person((long) (random.nextDouble() * customers)).national().substring(0, 6);
            long t0 = System.nanoTime();
            repository.count(admin, digits);
            repository.search(admin, digits, 0, 100);
            if (round >= warmup) {
                phone.add(System.nanoTime() - t0);
            }
        }
        rows.add(phone);
        report.latencyRows("Search as you type on " + customers + " customers (per keystroke)", rows);
    }
}
