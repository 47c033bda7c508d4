package org.cardfile.core.cards;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

/** How a stored value reads on a printout, in an e-mail or in the Field Changes list. */
public final class FieldText {
    private FieldText() {
    }

    public static String display(FieldDefinition field, String stored) {
        String value = stored == null ? "" : stored.strip();
        if (value.isEmpty()) {
            return "";
        }
        try {
            return switch (field.type()) {
                case BOOLEAN -> value.equals("true") ? "Yes" : value.equals("false") ? "No" : value;
                case DATE -> LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
                case TIME -> LocalTime.parse(value).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
                case DATETIME -> LocalDateTime.parse(value)
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
                case MULTI_CHOICE -> String.join(", ", value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
                default -> value;
            };
        } catch (DateTimeParseException e) {
            // an invalid value shows as typed; the validator reports it
            return value;
        }
    }
}
