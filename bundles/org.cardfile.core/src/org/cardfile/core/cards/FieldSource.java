package org.cardfile.core.cards;

/**
 * What fills a {@link FieldKind#FIXED fixed} or {@link FieldKind#VARIABLE variable} field when a
 * card is opened from a communication or as a blank card. The identity sources (names, phone,
 * e-mail, address) also tell matching, transfers and e-mail which field holds what, so a template
 * may name its fields as it likes.
 */
public enum FieldSource {
    NONE,
    /** The tracking number the caller dialled. */
    TRACKING_NUMBER,
    /** The advertising source of that tracking number. */
    ADVERTISING_SOURCE,
    /** The date of the contact (today for a blank card). */
    CONTACT_DATE,
    /** The time of the contact (now for a blank card). */
    CONTACT_TIME,
    /** How long the call lasted, in whole minutes and seconds ({@code 4:05}); empty while it goes on. */
    CALL_DURATION,
    FIRST_NAME,
    LAST_NAME,
    COMPANY,
    /** The customer's first phone, else the number the caller called from. */
    PHONE,
    EMAIL,
    STREET,
    CITY,
    REGION,
    POSTAL_CODE,
    CUSTOMER_NUMBER,
    /** The rep who took the contact or opened the card. */
    REP_NAME,
    OFFICE_NAME
}
