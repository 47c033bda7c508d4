package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.CustomerRecords;
import org.cardfile.store.jpa.foundation.records.FieldDiff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.model.Purchase;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.PurchaseRepository;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.entity.ProductEntity;
import org.cardfile.store.jpa.foundation.entity.PurchaseEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PurchaseRepository.class, property = "service.ranking:Integer=-1")
public class JpaPurchaseRepository implements PurchaseRepository {
    private final JpaStore store;
    private final SessionRegistry sessions;

    @Activate
    public JpaPurchaseRepository(@Reference JpaStore store, @Reference SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public List<Purchase> forCustomer(Session session, long customerId) {
        Session s = sessions.require(session, Permission.VIEW_CUSTOMERS);
        return store.read(em -> {
            CustomerRecords.find(em, s, customerId);
            return em.createQuery("SELECT p FROM PurchaseEntity p WHERE p.customerId = :c"
                    + " ORDER BY p.purchasedOn DESC, p.id DESC", PurchaseEntity.class).setParameter("c", customerId)
                    .getResultList().stream().map(JpaPurchaseRepository::toRecord).toList();
        });
    }

    @Override
    public Purchase record(Session session, Purchase purchase) {
        Session s = sessions.require(session, Permission.RECORD_PURCHASES);
        List<FieldError> errors = new ArrayList<>();
        if (purchase.quantity() < 1) {
            errors.add(new FieldError("quantity", "Enter a quantity of at least 1."));
        }
        if (purchase.purchasedOn() != null && purchase.purchasedOn().isAfter(LocalDate.now().plusDays(1))) {
            errors.add(new FieldError("purchasedOn", "A purchase cannot be in the future."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.write(em -> {
            CustomerRecords.find(em, s, purchase.customerId());
            ProductEntity product = JpaProductRepository.find(em, s, purchase.productId());
            PurchaseEntity e = new PurchaseEntity();
            e.customerId = purchase.customerId();
            e.officeId = s.officeId();
            e.productId = product.id;
            e.sku = product.sku;
            e.productName = product.name;
            e.quantity = purchase.quantity();
            e.unitPrice = purchase.unitPrice() == null ? product.price : purchase.unitPrice();
            e.purchasedOn = purchase.purchasedOn() == null ? LocalDate.now() : purchase.purchasedOn();
            e.serialNumber = purchase.serialNumber() == null ? "" : purchase.serialNumber().strip();
            em.persist(e);
            em.persist(FieldDiff.change(s, RecordType.CUSTOMER, e.customerId, Instant.now(), "Purchase", "",
                    e.quantity + " × " + e.sku + " " + e.productName
                            + (e.serialNumber.isEmpty() ? "" : " (serial " + e.serialNumber + ")")));
            return toRecord(e);
        });
    }

    static Purchase toRecord(PurchaseEntity e) {
        return new Purchase(e.id, e.customerId, e.productId, e.sku, e.productName, e.quantity, e.unitPrice,
                e.purchasedOn, e.serialNumber);
    }
}
