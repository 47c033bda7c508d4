package org.cardfile.store.jpa.foundation.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.entity.CustomerEmailEntity;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;
import org.cardfile.store.jpa.foundation.entity.CustomerPhoneEntity;

/** Copies customers between record and entity, and snapshots them under the labels users read. */
public final class CustomerFields {
    private CustomerFields() {
    }

    public static Customer toRecord(CustomerEntity e) {
        List<Phone> phones = e.phones.stream()
                .map(p -> new Phone(PhoneType.valueOf(p.phoneType), p.numberText, p.e164)).toList();
        List<Email> emails = e.emails.stream().map(m -> new Email(m.label, m.address)).toList();
        return new Customer(e.id, e.version, e.customerNumber, e.firstName, e.lastName, e.company,
                new Address(e.street, e.city, e.region, e.postalCode, e.country), phones, emails, e.notes, e.officeId);
    }

    /** Writes the record's values into the entity; phones come already normalised, in order. */
    public static void apply(Customer c, List<PhoneNumbers.Normalised> normalised, CustomerEntity e) {
        e.customerNumber = c.customerNumber();
        e.customerNumberKey = Keys.upper(c.customerNumber());
        e.firstName = c.firstName();
        e.lastName = c.lastName();
        e.company = c.company();
        e.firstNameKey = Keys.upper(c.firstName());
        e.lastNameKey = Keys.upper(c.lastName());
        e.companyKey = Keys.upper(c.company());
        Address a = c.address();
        e.street = a.street();
        e.city = a.city();
        e.region = a.region();
        e.postalCode = a.postalCode();
        e.country = a.country();
        e.notes = c.notes();
        e.phones.clear();
        for (int i = 0; i < c.phones().size(); i++) {
            CustomerPhoneEntity p = new CustomerPhoneEntity();
            p.customer = e;
            p.officeId = e.officeId;
            p.position = i;
            p.phoneType = c.phones().get(i).type().name();
            // what is shown is the E.164 form: one spelling everywhere, whatever was typed
            p.numberText = normalised.get(i).e164();
            p.e164 = normalised.get(i).e164();
            p.nationalDigits = normalised.get(i).nationalDigits();
            e.phones.add(p);
        }
        e.emails.clear();
        for (int i = 0; i < c.emails().size(); i++) {
            CustomerEmailEntity m = new CustomerEmailEntity();
            m.customer = e;
            m.officeId = e.officeId;
            m.position = i;
            m.label = c.emails().get(i).label();
            m.address = c.emails().get(i).address();
            m.addressKey = Keys.lower(m.address);
            e.emails.add(m);
        }
    }

    public static Map<String, String> snapshot(CustomerEntity e) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Customer number", e.customerNumber);
        s.put("First name", e.firstName);
        s.put("Last name", e.lastName);
        s.put("Company", e.company);
        s.put("Street", e.street);
        s.put("City", e.city);
        s.put("Region", e.region);
        s.put("Postal code", e.postalCode);
        s.put("Country", e.country);
        s.put("Phones", e.phones.stream()
                .map(p -> p.phoneType.toLowerCase(Locale.ROOT) + " " + p.e164).collect(Collectors.joining("; ")));
        s.put("E-mails", e.emails.stream()
                .map(m -> (m.label.isEmpty() ? "" : m.label + " ") + m.address).collect(Collectors.joining("; ")));
        s.put("Notes", e.notes);
        return s;
    }

    public static Map<String, String> empty() {
        return snapshot(new CustomerEntity());
    }
}
