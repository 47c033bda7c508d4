package org.cardfile.core.model;

public record Address(String street, String city, String region, String postalCode, String country) {
    public static final Address EMPTY = new Address("", "", "", "", "");

    public Address {
        street = nz(street);
        city = nz(city);
        region = nz(region);
        postalCode = nz(postalCode);
        country = nz(country);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    public String oneLine() {
        return String.join(", ", java.util.stream.Stream.of(street, city, region, postalCode, country)
                .filter(s -> !s.isEmpty()).toList());
    }
}
