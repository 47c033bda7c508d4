package org.cardfile.store.jpa.foundation.records;

import java.time.Instant;
import java.util.List;

import org.cardfile.core.model.Customer;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Customer rows in the caller's transaction, scoped to the session's office: what the customer
 * repository writes, and what a capability store uses when it files a record under a customer.
 */
public final class CustomerRecords {
    private CustomerRecords() {
    }

    /** Numbers, stores and audits a new customer in the session's office; the card store files cards this way. */
    public static Customer insert(EntityManager em, Session s, Customer c, List<PhoneNumbers.Normalised> phones) {
        CustomerEntity e = new CustomerEntity();
        e.officeId = s.officeId();
        Customer numbered = c.customerNumber().isEmpty() ? withNumber(c, nextNumber(em, s.officeId())) : c;
        requireUniqueNumber(em, s.officeId(), numbered.customerNumber(), 0);
        CustomerFields.apply(numbered, phones, e);
        stamp(e, s);
        em.persist(e);
        em.flush();
        FieldDiff.record(em, s, RecordType.CUSTOMER, e.id, CustomerFields.empty(), CustomerFields.snapshot(e));
        return CustomerFields.toRecord(e);
    }


    public static void stamp(CustomerEntity e, Session s) {
        e.updatedBy = s.employee().displayName();
        e.updatedAt = Instant.now();
    }


    public static Customer withNumber(Customer c, String number) {
        return new Customer(c.id(), c.version(), number, c.firstName(), c.lastName(), c.company(), c.address(),
                c.phones(), c.emails(), c.notes(), c.officeId());
    }


    /** Hands out the office's next number; the row lock keeps two reps from getting the same one. */
    public static String nextNumber(EntityManager em, long officeId) {
        OfficeEntity office = em.find(OfficeEntity.class, officeId, LockModeType.PESSIMISTIC_WRITE);
        String number;
        do {
            number = String.format("C-%06d", office.nextCustomerNumber++);
        } while (!em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.officeId = :o AND c.customerNumberKey = :k")
                .setParameter("o", officeId).setParameter("k", number).setMaxResults(1).getResultList().isEmpty());
        return number;
    }


    public static void requireUniqueNumber(EntityManager em, long officeId, String number, long ownId) {
        List<?> clash = em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.officeId = :o AND c.customerNumberKey = :k"
                + " AND c.id <> :id").setParameter("o", officeId).setParameter("k", Keys.upper(number))
                .setParameter("id", ownId).setMaxResults(1).getResultList();
        if (!clash.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("customerNumber",
                    "Customer number " + number + " is already used by another customer.")));
        }
    }


    public static CustomerEntity find(EntityManager em, Session s, long id) {
        CustomerEntity e = em.find(CustomerEntity.class, id);
        if (e == null || e.officeId != s.officeId()) {
            throw new NotFoundException("Customer " + id + " does not exist in " + s.office().name() + ".");
        }
        return e;
    }

}
