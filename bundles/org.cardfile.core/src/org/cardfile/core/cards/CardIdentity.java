package org.cardfile.core.cards;

import java.util.Map;

/**
 * Who a card is about, read through the fields' {@link FieldSource}s, whatever the template calls
 * them: used to match cards, to create the customer record, to address e-mail and to label a
 * transfer in the other office's incoming list.
 */
public record CardIdentity(String firstName, String lastName, String company, String phone, String email,
        String street, String city, String region, String postalCode) {

    public static CardIdentity of(CardLayout layout, Map<String, String> values) {
        return new CardIdentity(get(layout, values, FieldSource.FIRST_NAME), get(layout, values, FieldSource.LAST_NAME),
                get(layout, values, FieldSource.COMPANY), get(layout, values, FieldSource.PHONE),
                get(layout, values, FieldSource.EMAIL), get(layout, values, FieldSource.STREET),
                get(layout, values, FieldSource.CITY), get(layout, values, FieldSource.REGION),
                get(layout, values, FieldSource.POSTAL_CODE));
    }

    private static String get(CardLayout layout, Map<String, String> values, FieldSource source) {
        return layout.fieldFor(source).map(f -> values.getOrDefault(f.id(), "").strip()).orElse("");
    }

    /** "Ben Baker", else the company, else empty. */
    public String displayName() {
        return org.cardfile.core.model.Customer.displayName(firstName, lastName, company);
    }

    /** Enough to file a customer record under: a last name or a company. */
    public boolean namesSomeone() {
        return !lastName.isEmpty() || !company.isEmpty();
    }
}
