package org.cardfile.core.service;

import java.util.List;

import org.cardfile.core.model.Purchase;
import org.cardfile.core.security.Session;

/** What customers bought. */
public interface PurchaseRepository {

    List<Purchase> forCustomer(Session session, long customerId);

    /** Records a purchase of a product of the session's office and audits it on the customer. */
    Purchase record(Session session, Purchase purchase);
}
