package org.cardfile.core.model;

/** One row of a customer search: enough to show and to open the record. */
public record CustomerSummary(long id, String customerNumber, String displayName, String phone, String email,
        String city) {
}
