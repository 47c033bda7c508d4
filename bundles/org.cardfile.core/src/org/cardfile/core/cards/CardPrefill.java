package org.cardfile.core.cards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.model.Customer;

/**
 * Fills a card's fixed and variable fields from what is known when it opens: the call (tracking
 * number, advertising source, time, duration, caller's number and signalled name), the caller's
 * customer record, and the rep. Manual fields stay empty.
 *
 * @param call      the incoming-list entry; null for a blank card
 * @param customer  the caller's customer record; null when unknown
 * @param repName   the rep opening the card
 * @param officeName the rep's office
 * @param now       the moment the card opens; the contact time of a blank card
 * @param zone      the office's time zone, for the contact date and time
 */
public record CardPrefill(IncomingCall call, Customer customer, String repName, String officeName, Instant now,
        ZoneId zone) {

    public Map<String, String> values(CardLayout layout) {
        Map<String, String> values = new LinkedHashMap<>();
        layout.fields().filter(f -> f.kind() != FieldKind.MANUAL).forEach(f -> {
            String value = value(f.source(), f.type());
            if (!value.isEmpty()) {
                values.put(f.id(), value);
            }
        });
        return values;
    }

    private String value(FieldSource source, FieldType type) {
        Instant contact = call != null ? call.startedAt() : now;
        LocalDateTime local = LocalDateTime.ofInstant(contact, zone).truncatedTo(ChronoUnit.MINUTES);
        return switch (source) {
            case NONE -> "";
            case TRACKING_NUMBER -> call == null ? "" : call.dnis();
            case ADVERTISING_SOURCE -> call == null ? "" : call.source().advertisingSource();
            case CONTACT_DATE -> type == FieldType.DATETIME ? local.toString() : local.toLocalDate().toString();
            case CONTACT_TIME -> type == FieldType.DATETIME ? local.toString() : local.toLocalTime().toString();
            case CALL_DURATION -> call == null || call.endedAt() == null ? "" : minutesSeconds(call.duration(now));
            case FIRST_NAME -> customer != null ? customer.firstName() : nameParts()[0];
            case LAST_NAME -> customer != null ? customer.lastName() : nameParts()[1];
            case COMPANY -> customer != null ? customer.company() : "";
            case PHONE -> customer != null && !customer.phones().isEmpty() ? customer.phones().get(0).number()
                    : call == null ? "" : call.ani();
            case EMAIL -> customer != null && !customer.emails().isEmpty() ? customer.emails().get(0).address() : "";
            case STREET -> customer == null ? "" : customer.address().street();
            case CITY -> customer == null ? "" : customer.address().city();
            case REGION -> customer == null ? "" : customer.address().region();
            case POSTAL_CODE -> customer == null ? "" : customer.address().postalCode();
            case CUSTOMER_NUMBER -> customer == null ? "" : customer.customerNumber();
            case REP_NAME -> repName == null ? "" : repName;
            case OFFICE_NAME -> officeName == null ? "" : officeName;
        };
    }

    /**
     * The signalled caller name split into first and last: "BAKER BEN" style caller-ID names are
     * "last first"; "Ben Baker" style are "first last". A single word is a last name.
     */
    private String[] nameParts() {
        String name = call == null ? "" : call.callerName().strip();
        if (name.isEmpty()) {
            return new String[] { "", "" };
        }
        String[] words = name.split("[\\s,]+");
        if (words.length == 1) {
            return new String[] { "", words[0] };
        }
        if (name.contains(",") || name.equals(name.toUpperCase())) {
            String last = capitalise(words[0]);
            String first = capitalise(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
            return new String[] { first, last };
        }
        String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 1));
        return new String[] { first, words[words.length - 1] };
    }

    private static String capitalise(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.toLowerCase().split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String minutesSeconds(Duration d) {
        long s = d.getSeconds();
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }
}
