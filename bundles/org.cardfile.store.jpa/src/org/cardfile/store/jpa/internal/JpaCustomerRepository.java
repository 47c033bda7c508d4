package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.CustomerFields;
import org.cardfile.store.jpa.foundation.records.FieldDiff;
import org.cardfile.store.jpa.foundation.records.Keys;

import org.cardfile.store.jpa.foundation.records.CustomerRecords;
import org.cardfile.store.jpa.foundation.records.CustomerValidator;
import org.cardfile.store.jpa.foundation.records.StaleMessages;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.model.Customer;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.SearchPage;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@Component(service = CustomerRepository.class, property = "service.ranking:Integer=-1")
public class JpaCustomerRepository implements CustomerRepository {
    private static final System.Logger LOG = System.getLogger(JpaCustomerRepository.class.getName());

    private final JpaStore store;
    private final SessionRegistry sessions;
    private final CustomerValidator validator = new CustomerValidator(new PhoneNumbers());
    private final CustomerSearch search;

    @Activate
    public JpaCustomerRepository(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
        this.search = new CustomerSearch(store.database().dataSource());
    }

    @Override
    public Customer save(Session session, Customer customer) {
        Session s = sessions.require(session, Permission.EDIT_CUSTOMERS);
        try {
            List<PhoneNumbers.Normalised> phones = validator.validate(customer, s.office().defaultRegion());
            return store.write(em -> customer.isNew() ? CustomerRecords.insert(em, s, customer, phones) : update(em, s, customer, phones));
        } catch (RuntimeException e) {
            if (StaleMessages.isOptimisticLock(e)) {
                // someone committed between our version check and our flush or commit
                throw StaleMessages.changedSince("Customer " + customer.customerNumber(), "another user", null);
            }
            LOG.log(Level.INFO, "Customer save refused for {0} in office {1}: {2}", s.employee().login(),
                    s.office().code(), e.getMessage());
            throw e;
        }
    }

    private Customer update(EntityManager em, Session s, Customer c, List<PhoneNumbers.Normalised> phones) {
        CustomerEntity e = CustomerRecords.find(em, s, c.id());
        if (e.version != c.version()) {
            throw StaleMessages.changedSince("Customer " + e.customerNumber, e.updatedBy, e.updatedAt);
        }
        Map<String, String> before = CustomerFields.snapshot(e);
        Customer numbered = c.customerNumber().isEmpty() ? CustomerRecords.withNumber(c, e.customerNumber) : c;
        CustomerRecords.requireUniqueNumber(em, s.officeId(), numbered.customerNumber(), e.id);
        CustomerFields.apply(numbered, phones, e);
        Map<String, String> after = CustomerFields.snapshot(e);
        if (!before.equals(after)) {
            CustomerRecords.stamp(e, s);
            em.flush();
            FieldDiff.record(em, s, RecordType.CUSTOMER, e.id, before, after);
        }
        return CustomerFields.toRecord(e);
    }

    @Override
    public Customer get(Session session, long id) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return store.read(em -> CustomerFields.toRecord(CustomerRecords.find(em, s, id)));
    }

    @Override
    public Optional<Customer> findByCustomerNumber(Session session, String customerNumber) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return store.read(em -> em.createQuery(
                "SELECT c FROM CustomerEntity c WHERE c.officeId = :o AND c.customerNumberKey = :k", CustomerEntity.class)
                .setParameter("o", s.officeId()).setParameter("k", Keys.upper(customerNumber)).getResultList().stream()
                .findFirst().map(CustomerFields::toRecord));
    }

    @Override
    public List<Customer> findByPhone(Session session, String phone) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        Optional<PhoneNumbers.Normalised> n = new PhoneNumbers().normalise(phone, s.office().defaultRegion());
        if (n.isEmpty()) {
            return List.of();
        }
        return store.read(em -> em.createQuery("SELECT DISTINCT p.customer FROM CustomerPhoneEntity p"
                + " WHERE p.officeId = :o AND p.e164 = :e", CustomerEntity.class)
                .setParameter("o", s.officeId()).setParameter("e", n.get().e164()).getResultList().stream()
                .map(CustomerFields::toRecord).toList());
    }

    @Override
    public List<Customer> findByEmail(Session session, String email) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return store.read(em -> em.createQuery("SELECT DISTINCT m.customer FROM CustomerEmailEntity m"
                + " WHERE m.officeId = :o AND m.addressKey = :k", CustomerEntity.class)
                .setParameter("o", s.officeId()).setParameter("k", Keys.lower(email)).getResultList().stream()
                .map(CustomerFields::toRecord).toList());
    }

    @Override
    public SearchPage<CustomerSummary> search(Session session, String query, int offset, int limit) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return new SearchPage<>(search.page(s.officeId(), query, offset, limit), offset);
    }

    @Override
    public long count(Session session, String query) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return search.count(s.officeId(), query);
    }
}
