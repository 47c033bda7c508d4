package org.cardfile.core.model;

import java.util.List;

/**
 * A customer record. {@code id == 0} means not saved yet; {@code version} is the optimistic-lock
 * version the editor loaded, so a save over someone else's newer save is refused.
 */
public record Customer(long id, long version, String customerNumber, String firstName, String lastName,
        String company, Address address, List<Phone> phones, List<Email> emails, String notes, long officeId) {

    public Customer {
        customerNumber = customerNumber == null ? "" : customerNumber.strip();
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        company = company == null ? "" : company.strip();
        address = address == null ? Address.EMPTY : address;
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        notes = notes == null ? "" : notes;
    }

    public static Customer blank() {
        return new Customer(0, 0, "", "", "", "", Address.EMPTY, List.of(), List.of(), "", 0);
    }

    public boolean isNew() {
        return id == 0;
    }

    public String displayName() {
        return displayName(firstName, lastName, company);
    }

    /** How a customer is named everywhere: "Ben Baker (Acme)", "Ben Baker", or just the company. */
    public static String displayName(String firstName, String lastName, String company) {
        String person = (firstName + " " + lastName).strip();
        if (person.isEmpty()) {
            return company;
        }
        return company.isEmpty() ? person : person + " (" + company + ")";
    }
}
