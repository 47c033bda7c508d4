package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.FieldDiff;

import org.cardfile.store.jpa.foundation.records.CustomerFields;
import org.cardfile.store.jpa.foundation.records.CustomerValidator;
import org.cardfile.store.jpa.foundation.records.Keys;

import static org.cardfile.store.jpa.foundation.ColumnText.cut;

import java.io.Reader;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.model.Product;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.DataImport;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.cardfile.store.jpa.foundation.CsvRows;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.cardfile.store.jpa.foundation.entity.ProductEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * CSV import with Apache Commons CSV. Rows are checked one by one; the good ones are written in a
 * single transaction at the end, so a failure or a cancel leaves the database as it was.
 */
@Component(service = DataImport.class, property = "service.ranking:Integer=-1")
public class CsvDataImport implements DataImport {
    static final List<String> CUSTOMER_COLUMNS = List.of("customerNumber", "firstName", "lastName", "company", "street",
            "city", "region", "postalCode", "country", "phone", "mobile", "email", "notes");
    static final List<String> PRODUCT_COLUMNS = List.of("sku", "name", "description", "price", "stockOnHand",
            "reorderPoint");
    private static final System.Logger LOG = System.getLogger(CsvDataImport.class.getName());
    private static final int FLUSH_EVERY = 1000;

    private final JpaStore store;
    private final SessionRegistry sessions;
    private final CustomerValidator validator = new CustomerValidator(new PhoneNumbers());

    @Activate
    public CsvDataImport(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public ImportResult importCustomers(Session session, Reader csv, ImportProgress progress) {
        Session s = sessions.require(session, Permission.IMPORT_DATA);
        Set<String> numbers = store.read(em -> new HashSet<>(em.createQuery(
                "SELECT c.customerNumberKey FROM CustomerEntity c WHERE c.officeId = :o", String.class)
                .setParameter("o", s.officeId()).getResultList()));
        record Row(Customer customer, List<PhoneNumbers.Normalised> phones) {
        }
        CsvRows.Parsed<Row> parsed = CsvRows.parse(csv, CUSTOMER_COLUMNS, "customers", progress, (line, r) -> {
            List<Phone> phones = new ArrayList<>();
            if (!r.get("phone").isBlank()) {
                phones.add(Phone.of(PhoneType.HOME, r.get("phone")));
            }
            if (!r.get("mobile").isBlank()) {
                phones.add(Phone.of(PhoneType.MOBILE, r.get("mobile")));
            }
            List<Email> emails = r.get("email").isBlank() ? List.of() : List.of(new Email("", r.get("email")));
            Customer c = new Customer(0, 0, r.get("customerNumber"), r.get("firstName"), r.get("lastName"),
                    r.get("company"), new Address(r.get("street"), r.get("city"), r.get("region"), r.get("postalCode"),
                            r.get("country")), phones, emails, r.get("notes"), s.officeId());
            List<PhoneNumbers.Normalised> normalised = validator.validate(c, s.office().defaultRegion());
            if (!c.customerNumber().isEmpty() && !numbers.add(Keys.upper(c.customerNumber()))) {
                throw new IllegalArgumentException("customer number " + c.customerNumber()
                        + " already exists (in the database or earlier in this file)");
            }
            return new Row(c, normalised);
        });
        if (parsed.cancelled()) {
            return new ImportResult(0, parsed.rejected(), true);
        }
        store.write(em -> {
            Instant now = Instant.now();
            List<Customer> numbered = numbered(em, s.officeId(), parsed.rows().stream().map(Row::customer).toList(),
                    numbers);
            for (int i = 0; i < numbered.size(); i++) {
                Customer c = numbered.get(i);
                Row row = parsed.rows().get(i);
                CustomerEntity e = new CustomerEntity();
                e.officeId = s.officeId();
                CustomerFields.apply(c, row.phones(), e);
                e.updatedBy = s.employee().displayName();
                e.updatedAt = now;
                em.persist(e);
                flushNow(em, i + 1);
                auditCreation(em, s, RecordType.CUSTOMER, e.id, CustomerFields.empty(), CustomerFields.snapshot(e));
            }
            return null;
        });
        LOG.log(Level.INFO, "{0} imported {1} customers into {2}; {3} rows rejected", s.employee().login(),
                parsed.rows().size(), s.office().code(), parsed.rejected().size());
        return new ImportResult(parsed.rows().size(), parsed.rejected(), false);
    }

    /**
     * Gives every row without a customer number the office's next free one. Numbers are handed out
     * before any row is written, under one lock on the office, and skip every number already in the
     * database or in the file, so a later row that names "C-000007" cannot collide with a generated one.
     */
    private static List<Customer> numbered(EntityManager em, long officeId, List<Customer> rows, Set<String> taken) {
        if (rows.stream().noneMatch(c -> c.customerNumber().isEmpty())) {
            return rows;
        }
        OfficeEntity office = em.find(OfficeEntity.class, officeId, LockModeType.PESSIMISTIC_WRITE);
        List<Customer> numbered = new ArrayList<>(rows.size());
        for (Customer c : rows) {
            if (c.customerNumber().isEmpty()) {
                String number;
                do {
                    number = String.format("C-%06d", office.nextCustomerNumber++);
                } while (!taken.add(Keys.upper(number)));
                c = new Customer(0, 0, number, c.firstName(), c.lastName(), c.company(), c.address(), c.phones(),
                        c.emails(), c.notes(), c.officeId());
            }
            numbered.add(c);
        }
        em.flush(); // the advanced counter is written before the entity manager is cleared in blocks
        return numbered;
    }

    @Override
    public ImportResult importProducts(Session session, Reader csv, ImportProgress progress) {
        Session s = sessions.require(session, Permission.IMPORT_DATA);
        Set<String> skus = store.read(em -> new HashSet<>(em.createQuery(
                "SELECT p.skuKey FROM ProductEntity p WHERE p.officeId = :o", String.class)
                .setParameter("o", s.officeId()).getResultList()));
        CsvRows.Parsed<Product> parsed = CsvRows.parse(csv, PRODUCT_COLUMNS, "products", progress, (line, r) -> {
            Product p = new Product(0, 0, r.get("sku"), r.get("name"), r.get("description"),
                    number(r.get("price"), "price", BigDecimal::new, BigDecimal.ZERO),
                    number(r.get("stockOnHand"), "stockOnHand", Integer::valueOf, 0),
                    number(r.get("reorderPoint"), "reorderPoint", Integer::valueOf, 0), false, s.officeId());
            ProductFields.validate(p);
            if (!skus.add(Keys.upper(p.sku()))) {
                throw new IllegalArgumentException("SKU " + p.sku() + " already exists (in the database or earlier in this file)");
            }
            return p;
        });
        if (parsed.cancelled()) {
            return new ImportResult(0, parsed.rejected(), true);
        }
        store.write(em -> {
            Instant now = Instant.now();
            int n = 0;
            for (Product p : parsed.rows()) {
                ProductEntity e = new ProductEntity();
                e.officeId = s.officeId();
                Map<String, String> before = ProductFields.snapshot(e);
                ProductFields.apply(p, e);
                e.updatedBy = s.employee().displayName();
                e.updatedAt = now;
                em.persist(e);
                flushNow(em, ++n);
                auditCreation(em, s, RecordType.PRODUCT, e.id, before, ProductFields.snapshot(e));
            }
            return null;
        });
        LOG.log(Level.INFO, "{0} imported {1} products into {2}; {3} rows rejected", s.employee().login(),
                parsed.rows().size(), s.office().code(), parsed.rejected().size());
        return new ImportResult(parsed.rows().size(), parsed.rejected(), false);
    }

    private static void flushNow(EntityManager em, int n) {
        // ids come from the table generator on persist; flushing in blocks keeps the batch large and memory flat
        if (n % FLUSH_EVERY == 0) {
            em.flush();
            em.clear();
        }
    }

    private static void auditCreation(EntityManager em, Session s, RecordType type, long id, Map<String, String> before,
            Map<String, String> after) {
        FieldDiff.record(em, s, type, id, before, after);
    }

    private static <N> N number(String text, String column, java.util.function.Function<String, N> parse, N empty) {
        if (text.isBlank()) {
            return empty;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": not a number: " + text);
        }
    }
}
