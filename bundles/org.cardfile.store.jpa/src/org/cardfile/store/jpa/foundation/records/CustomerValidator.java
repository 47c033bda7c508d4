package org.cardfile.store.jpa.foundation.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cardfile.core.model.Customer;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.PhoneNumbers;

/** Checks a customer before anything is written, naming each bad field so the editor can show it. */
public final class CustomerValidator {
    // Pragmatic address check: one @, a dot in the domain, no spaces; the mail server has the last word.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private final PhoneNumbers phoneNumbers;

    public CustomerValidator(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    /** @return the normalised phones, in order, when everything is valid */
    public List<PhoneNumbers.Normalised> validate(Customer c, String region) {
        List<FieldError> errors = new ArrayList<>();
        if (c.lastName().isEmpty() && c.company().isEmpty()) {
            errors.add(new FieldError("lastName", "Enter a last name or a company."));
        }
        tooLong(errors, "customerNumber", c.customerNumber(), 32);
        tooLong(errors, "firstName", c.firstName(), 100);
        tooLong(errors, "lastName", c.lastName(), 100);
        tooLong(errors, "company", c.company(), 200);
        tooLong(errors, "notes", c.notes(), 4000);
        List<PhoneNumbers.Normalised> normalised = new ArrayList<>();
        for (int i = 0; i < c.phones().size(); i++) {
            String typed = c.phones().get(i).number();
            Optional<PhoneNumbers.Normalised> n = phoneNumbers.normalise(typed, region);
            if (n.isPresent()) {
                normalised.add(n.get());
            } else {
                errors.add(new FieldError("phones[" + i + "]", typed.isEmpty() ? "Enter the phone number or remove the row."
                        : "Not a valid phone number for " + region + ": " + typed));
            }
        }
        for (int i = 0; i < c.emails().size(); i++) {
            String address = c.emails().get(i).address();
            if (!EMAIL.matcher(address).matches() || address.length() > 254) {
                errors.add(new FieldError("emails[" + i + "]", address.isEmpty() ? "Enter the e-mail address or remove the row."
                        : "Not a valid e-mail address: " + address));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return normalised;
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(new FieldError(field, "At most " + max + " characters (" + value.length() + " given)."));
        }
    }
}
