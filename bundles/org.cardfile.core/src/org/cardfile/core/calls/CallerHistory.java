package org.cardfile.core.calls;

import java.time.Instant;

/**
 * The caller cross-referenced with everything the office knows: the customer the number belongs
 * to and the caller's earlier contacts of every channel (calls, walk-ins, web forms, repairs).
 *
 * @param customerId        the matching customer; 0 for a new caller
 * @param customerName      that customer's display name; empty for a new caller
 * @param otherMatches      further customers with the same number (a shared line)
 * @param earlierContacts   logged contacts and earlier calls from this number
 * @param lastContactAt     the latest of those; null when there is none
 * @param lastContact       one line about it, e.g. "Call · Billing question · Alice Adams"
 */
public record CallerHistory(long customerId, String customerName, int otherMatches, int earlierContacts,
        Instant lastContactAt, String lastContact) {

    public CallerHistory {
        customerName = customerName == null ? "" : customerName;
        lastContact = lastContact == null ? "" : lastContact;
    }

    public static CallerHistory newCaller() {
        return new CallerHistory(0, "", 0, 0, null, "");
    }

    /** Known customer, or someone who called before. */
    public boolean returning() {
        return customerId != 0 || earlierContacts > 0;
    }
}
