package org.cardfile.core.cards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cardfile.core.service.FieldError;

/**
 * Checks card values against a layout: required fields, the canonical form of each type, choices,
 * ranges, lengths and patterns. The renderer calls it as the rep types, the store before it writes,
 * so both say the same thing. Each message names the field's label and says what to type.
 */
public final class CardValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./-]{3,40}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern MONEY = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    private CardValidator() {
    }

    /** All problems of these values, in field order; empty when the card may be saved. */
    public static List<FieldError> validate(CardLayout layout, Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        layout.fields().forEach(field -> check(field, values.getOrDefault(field.id(), "")).ifPresent(errors::add));
        return errors;
    }

    /**
     * All problems of these values as a save of an existing card sees them: a choice, or a line of
     * a multiple choice, that the card already stored in {@code previous} stays acceptable after
     * the template stops offering it, so a card with a retired choice can still be saved.
     */
    public static List<FieldError> validate(CardLayout layout, Map<String, String> values,
            Map<String, String> previous) {
        Map<String, String> before = previous == null ? Map.of() : previous;
        List<FieldError> errors = new ArrayList<>();
        layout.fields().forEach(field -> check(field, values.getOrDefault(field.id(), ""),
                before.getOrDefault(field.id(), "")).ifPresent(errors::add));
        return errors;
    }

    /** The problem with one value, if any. */
    public static java.util.Optional<FieldError> check(FieldDefinition field, String raw) {
        return check(field, raw, "");
    }

    /**
     * The problem with one value, if any, where {@code previousValue} is what the card stored
     * before: its choices (or multiple-choice lines) are accepted even when no longer offered.
     */
    public static java.util.Optional<FieldError> check(FieldDefinition field, String raw, String previousValue) {
        Set<String> stored = new HashSet<>();
        if (previousValue != null && (field.type() == FieldType.CHOICE || field.type() == FieldType.MULTI_CHOICE)) {
            for (String line : field.type() == FieldType.CHOICE ? new String[] { previousValue }
                    : previousValue.split("\n")) {
                if (!line.isBlank()) {
                    stored.add(line.strip());
                }
            }
        }
        return checkOne(field, raw, stored);
    }

    private static java.util.Optional<FieldError> checkOne(FieldDefinition field, String raw, Set<String> stored) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return field.required() && field.kind() != FieldKind.FIXED
                    ? error(field, field.label() + " is required.")
                    : java.util.Optional.empty();
        }
        if (raw.length() > field.lengthLimit()) {
            return error(field, field.label() + " takes at most " + field.lengthLimit() + " characters.");
        }
        java.util.Optional<FieldError> typeError = checkType(field, value, stored);
        if (typeError.isPresent()) {
            return typeError;
        }
        if (!field.pattern().isEmpty() && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            return error(field, field.patternHint().isEmpty() ? field.label() + " is not in the expected form."
                    : field.label() + ": " + field.patternHint());
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<FieldError> checkType(FieldDefinition field, String value, Set<String> stored) {
        String label = field.label();
        switch (field.type()) {
            case NUMBER, MONEY -> {
                Pattern form = field.type() == FieldType.MONEY ? MONEY : NUMBER;
                if (!form.matcher(value).matches()) {
                    return error(field, label + (field.type() == FieldType.MONEY
                            ? " must be an amount such as 1250 or 1250.50."
                            : " must be a number such as 2 or 2.5."));
                }
                BigDecimal number = new BigDecimal(value);
                if (field.min() != null && number.compareTo(field.min()) < 0) {
                    return error(field, label + " must be at least " + field.min().toPlainString() + ".");
                }
                if (field.max() != null && number.compareTo(field.max()) > 0) {
                    return error(field, label + " must be at most " + field.max().toPlainString() + ".");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    return error(field, label + " must be a date (YYYY-MM-DD).");
                }
            }
            case TIME -> {
                try {
                    LocalTime.parse(value);
                } catch (DateTimeParseException e) {
                    return error(field, label + " must be a time (HH:MM).");
                }
            }
            case DATETIME -> {
                try {
                    LocalDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    return error(field, label + " must be a date and time (YYYY-MM-DD HH:MM).");
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return error(field, label + " must be yes or no.");
                }
            }
            case CHOICE -> {
                if (!field.choices().contains(value) && !stored.contains(value)) {
                    return error(field, label + " must be one of: " + String.join(", ", field.choices()) + ".");
                }
            }
            case MULTI_CHOICE -> {
                Set<String> chosen = new HashSet<>();
                for (String line : value.split("\n")) {
                    String choice = line.strip();
                    if (!choice.isEmpty() && !field.choices().contains(choice) && !stored.contains(choice)) {
                        return error(field, label + ": \"" + choice + "\" is not one of "
                                + String.join(", ", field.choices()) + ".");
                    }
                    chosen.add(choice);
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    return error(field, label + " must be an e-mail address such as name@example.com.");
                }
            }
            case PHONE -> {
                if (!PHONE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 3) {
                    return error(field, label + " must be a telephone number such as (217) 555-0142.");
                }
            }
            case TEXT -> {
                if (value.indexOf('\n') >= 0) {
                    return error(field, label + " takes a single line.");
                }
            }
            case MEMO -> {
                // any text
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<FieldError> error(FieldDefinition field, String message) {
        return java.util.Optional.of(new FieldError(field.id(), message));
    }
}
