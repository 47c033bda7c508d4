package org.cardfile.core.service;

import java.util.List;
import java.util.Optional;

import org.cardfile.core.model.Customer;
import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.security.Session;

/** Customer records of the session's office. */
public interface CustomerRepository {

    /**
     * Creates ({@code id == 0}) or updates the customer, normalising phone numbers to E.164 and
     * auditing every changed field in the same transaction.
     *
     * @return the stored record with its new version
     * @throws ValidationException  bad or missing input; nothing written
     * @throws StaleRecordException the record changed since {@code customer.version()}
     */
    Customer save(Session session, Customer customer);

    Customer get(Session session, long id);

    Optional<Customer> findByCustomerNumber(Session session, String customerNumber);

    /** Customers with this number in any of their phones, whatever format it is typed in. */
    List<Customer> findByPhone(Session session, String phone);

    List<Customer> findByEmail(Session session, String email);

    /** Search as you type: name prefix, phone digits, e-mail or customer number. */
    SearchPage<CustomerSummary> search(Session session, String query, int offset, int limit);

    long count(Session session, String query);
}
