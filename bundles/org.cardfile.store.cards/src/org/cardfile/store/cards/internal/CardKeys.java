package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.records.Keys;

import static org.cardfile.store.jpa.foundation.ColumnText.cut;

import org.cardfile.core.cards.CardIdentity;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.cards.internal.entity.CardEntity;

/**
 * A card's identity in the normalised form the CARD key columns hold and matching compares: the
 * phone in E.164 (empty when it is not a valid number of the office's region), the e-mail in lower
 * case, names and street in upper case, the postal code without spaces. Empty means "not known"
 * and never matches.
 */
record CardKeys(String phone, String email, String lastName, String firstName, String street, String postalCode) {

    static CardKeys of(CardIdentity identity, String region, PhoneNumbers phones) {
        String e164 = identity.phone().isEmpty() ? ""
                : phones.normalise(identity.phone(), region).map(PhoneNumbers.Normalised::e164).orElse("");
        // the columns are as wide as the customer's; a longer value matches on its first characters
        return new CardKeys(e164, cut(Keys.lower(identity.email()), 254), cut(Keys.upper(identity.lastName()), 100),
                cut(Keys.upper(identity.firstName()), 100), cut(Keys.upper(identity.street()), 200),
                cut(Keys.upper(identity.postalCode()).replace(" ", ""), 20));
    }

    static CardKeys of(CardEntity e) {
        return new CardKeys(e.phoneE164, e.emailKey, e.lastNameKey, e.firstNameKey, e.streetKey, e.postalCodeKey);
    }

    void applyTo(CardEntity e) {
        e.phoneE164 = phone;
        e.emailKey = email;
        e.lastNameKey = lastName;
        e.firstNameKey = firstName;
        e.streetKey = street;
        e.postalCodeKey = postalCode;
    }
}
