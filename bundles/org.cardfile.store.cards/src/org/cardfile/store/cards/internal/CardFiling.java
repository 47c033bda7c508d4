package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.records.CustomerRecords;

import org.cardfile.store.jpa.foundation.records.CustomerValidator;
import org.cardfile.store.jpa.foundation.records.Keys;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.util.List;
import java.util.Optional;

import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.PhoneNumbers;

import jakarta.persistence.EntityManager;

/** Files a new card under the office's customer it names, or a new customer made from it. */
final class CardFiling {
    private final PhoneNumbers phones;
    private final CustomerValidator customerValidator;

    CardFiling(PhoneNumbers phones) {
        this.phones = phones;
        this.customerValidator = new CustomerValidator(phones);
    }

    /**
     * The customer a new card is filed under: one of the office's customers with the card's phone
     * or e-mail, else a new customer made from the card's identity, numbered and audited like one
     * typed in the customer editor.
     */
    long fileUnderCustomer(EntityManager em, Session s, CardLayout layout, CardIdentity identity) {
        Optional<PhoneNumbers.Normalised> phone = identity.phone().isEmpty() ? Optional.empty()
                : phones.normalise(identity.phone(), s.office().defaultRegion());
        if (phone.isPresent()) {
            List<Long> byPhone = em.createQuery("SELECT p.customer.id FROM CustomerPhoneEntity p WHERE p.officeId = :o"
                    + " AND p.e164 = :e ORDER BY p.customer.id", Long.class).setParameter("o", s.officeId())
                    .setParameter("e", phone.get().e164()).setMaxResults(1).getResultList();
            if (!byPhone.isEmpty()) {
                return byPhone.get(0);
            }
        }
        if (!identity.email().isEmpty()) {
            List<Long> byEmail = em.createQuery("SELECT m.customer.id FROM CustomerEmailEntity m WHERE m.officeId = :o"
                    + " AND m.addressKey = :k ORDER BY m.customer.id", Long.class).setParameter("o", s.officeId())
                    .setParameter("k", Keys.lower(identity.email())).setMaxResults(1).getResultList();
            if (!byEmail.isEmpty()) {
                return byEmail.get(0);
            }
        }
        // a phone the card accepts but libphonenumber does not is left off the customer rather than refusing the card
        List<Phone> customerPhones = phone.map(n -> List.of(new Phone(PhoneType.MOBILE, n.e164(), n.e164())))
                .orElse(List.of());
        List<Email> emails = identity.email().isEmpty() ? List.of() : List.of(new Email("", identity.email()));
        Customer customer = new Customer(0, 0, "", identity.firstName(), identity.lastName(), identity.company(),
                new Address(identity.street(), identity.city(), identity.region(), identity.postalCode(), ""),
                customerPhones, emails, "", s.officeId());
        List<PhoneNumbers.Normalised> normalised;
        try {
            normalised = customerValidator.validate(customer, s.office().defaultRegion());
        } catch (ValidationException refused) {
            throw new ValidationException(refused.errors().stream().map(err -> customerError(layout, err)).toList());
        }
        return CustomerRecords.insert(em, s, customer, normalised).id();
    }

    /** A refusal of the customer record, pointed at the card field the value came from. */
    private static FieldError customerError(CardLayout layout, FieldError err) {
        FieldSource source = switch (err.field().replaceAll("\\[.*", "")) {
            case "firstName" -> FieldSource.FIRST_NAME;
            case "company" -> FieldSource.COMPANY;
            case "phones" -> FieldSource.PHONE;
            case "emails" -> FieldSource.EMAIL;
            default -> FieldSource.LAST_NAME;
        };
        String field = layout.fieldFor(source).map(FieldDefinition::id).orElse(err.field());
        return new FieldError(field, "For the customer record: " + err.message());
    }
}
