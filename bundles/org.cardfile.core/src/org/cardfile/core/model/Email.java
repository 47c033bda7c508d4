package org.cardfile.core.model;

public record Email(String label, String address) {
    public Email {
        label = label == null ? "" : label.strip();
        address = address == null ? "" : address.strip();
    }
}
