package org.cardfile.core.cards;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filled-in card. {@code id == 0} means not saved yet; {@code version} is what the editor
 * loaded, so a save over a newer one is refused. Values are kept as the canonical text of their
 * {@link FieldType}, keyed by field id; an empty or missing value means "not filled in".
 *
 * @param officeId        the office the card belongs to
 * @param templateId      the {@link CardLayout#id()} it was filled from
 * @param customerId      the customer record it is filed under; 0 until the first save links or creates one
 * @param callId          the incoming-list entry it was opened from; 0 for a blank card
 * @param transferredFrom the office it was sent from; empty unless it arrived by Send to Community
 */
public record Card(long id, long version, long officeId, String templateId, long customerId, long callId,
        Map<String, String> values, List<CardReminder> reminders, String transferredFrom, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public Card {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
        transferredFrom = transferredFrom == null ? "" : transferredFrom;
        createdBy = createdBy == null ? "" : createdBy;
        updatedBy = updatedBy == null ? "" : updatedBy;
    }

    public boolean isNew() {
        return id == 0;
    }

    public String value(String fieldId) {
        return values.getOrDefault(fieldId, "");
    }

    public Card withValues(Map<String, String> newValues) {
        return new Card(id, version, officeId, templateId, customerId, callId, newValues, reminders, transferredFrom,
                createdAt, createdBy, updatedAt, updatedBy);
    }

    public Card withValue(String fieldId, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(fieldId, value == null ? "" : value);
        return withValues(copy);
    }

    public Card withReminders(List<CardReminder> newReminders) {
        return new Card(id, version, officeId, templateId, customerId, callId, values, newReminders, transferredFrom,
                createdAt, createdBy, updatedAt, updatedBy);
    }

    public Card withCustomer(long newCustomerId) {
        return new Card(id, version, officeId, templateId, newCustomerId, callId, values, reminders, transferredFrom,
                createdAt, createdBy, updatedAt, updatedBy);
    }
}
