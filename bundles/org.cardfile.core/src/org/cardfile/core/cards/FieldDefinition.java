package org.cardfile.core.cards;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One field of a card template, declared once and drawn, validated, printed and audited from this
 * declaration alone. Build one with a factory ({@link #manual}, {@link #variable}, {@link #fixed})
 * and refine it with the {@code with…} and {@code asRequired()} methods.
 *
 * @param id         stable key of the value; never reuse one for a different meaning (saved cards keep it)
 * @param label      what the rep reads beside the field
 * @param kind       fixed, variable or manual
 * @param type       the value's type and stored form
 * @param required   a card cannot be saved without it
 * @param choices    the allowed values of a choice field, in display order
 * @param source     what fills a fixed or variable field, and which identity a field carries
 * @param pattern    a regular expression the whole value must match; empty for none
 * @param patternHint what to tell the rep when the pattern does not match
 * @param min        least number, amount or length-free lower bound; null for none
 * @param max        greatest number or amount; null for none
 * @param maxLength  longest text accepted; 0 for the store's limit
 * @param help       a sentence shown as the field's tool tip; may be empty
 * @param custom     added by an office admin rather than shipped with the template
 */
public record FieldDefinition(String id, String label, FieldKind kind, FieldType type, boolean required,
        List<String> choices, FieldSource source, String pattern, String patternHint, BigDecimal min, BigDecimal max,
        int maxLength, String help, boolean custom) {

    /** Longest value any field may hold, the width of the store's column. */
    public static final int STORE_LIMIT = 4000;
    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

    public FieldDefinition {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A field id is a letter followed by letters, digits or '_', at most 64: " + id);
        }
        label = label == null || label.isBlank() ? id : label.strip();
        kind = kind == null ? FieldKind.MANUAL : kind;
        type = type == null ? FieldType.TEXT : type;
        choices = choices == null ? List.of() : List.copyOf(choices);
        source = source == null ? FieldSource.NONE : source;
        pattern = pattern == null ? "" : pattern;
        patternHint = patternHint == null ? "" : patternHint;
        help = help == null ? "" : help;
        if (maxLength < 0 || maxLength > STORE_LIMIT) {
            throw new IllegalArgumentException("maxLength of " + id + " must be 0.." + STORE_LIMIT);
        }
        if (type.hasChoices() && choices.isEmpty()) {
            throw new IllegalArgumentException("The choice field " + id + " needs at least one choice");
        }
        if (kind != FieldKind.MANUAL && source == FieldSource.NONE) {
            throw new IllegalArgumentException("The " + kind.name().toLowerCase() + " field " + id + " needs a source");
        }
        if (!pattern.isEmpty()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("The pattern of " + id + " is not a regular expression: " + e.getMessage(), e);
            }
        }
    }

    /** A field the rep types. */
    public static FieldDefinition manual(String id, String label, FieldType type) {
        return new FieldDefinition(id, label, FieldKind.MANUAL, type, false, List.of(), FieldSource.NONE, "", "", null,
                null, 0, "", false);
    }

    /**
     * A manual field taking any of {@code choices}, stored one per line; built in one step for the
     * same reason as {@link #choice}.
     */
    public static FieldDefinition multiChoice(String id, String label, String... choices) {
        return new FieldDefinition(id, label, FieldKind.MANUAL, FieldType.MULTI_CHOICE, false, List.of(choices),
                FieldSource.NONE, "", "", null, null, 0, "", false);
    }

    /** A field filled from a lookup that the rep may correct. */
    public static FieldDefinition variable(String id, String label, FieldType type, FieldSource source) {
        return new FieldDefinition(id, label, FieldKind.VARIABLE, type, false, List.of(), source, "", "", null, null, 0,
                "", false);
    }

    /** A read-only field taken from the communication. */
    public static FieldDefinition fixed(String id, String label, FieldType type, FieldSource source) {
        return new FieldDefinition(id, label, FieldKind.FIXED, type, false, List.of(), source, "", "", null, null, 0, "",
                false);
    }

    /** A manual choice field. */
    public static FieldDefinition choice(String id, String label, String... choices) {
        // built in one step: a choice field without its choices is refused by the constructor
        return new FieldDefinition(id, label, FieldKind.MANUAL, FieldType.CHOICE, false, List.of(choices),
                FieldSource.NONE, "", "", null, null, 0, "", false);
    }

    public FieldDefinition asRequired() {
        return new FieldDefinition(id, label, kind, type, true, choices, source, pattern, patternHint, min, max, maxLength,
                help, custom);
    }

    public FieldDefinition withChoices(String... values) {
        return new FieldDefinition(id, label, kind, type, required, List.of(values), source, pattern, patternHint, min, max,
                maxLength, help, custom);
    }

    /** Identity for matching and transfers without the field being filled automatically. */
    public FieldDefinition withSource(FieldSource value) {
        return new FieldDefinition(id, label, kind, type, required, choices, value, pattern, patternHint, min, max,
                maxLength, help, custom);
    }

    public FieldDefinition withPattern(String regex, String hint) {
        return new FieldDefinition(id, label, kind, type, required, choices, source, regex, hint, min, max, maxLength,
                help, custom);
    }

    public FieldDefinition withRange(BigDecimal least, BigDecimal greatest) {
        return new FieldDefinition(id, label, kind, type, required, choices, source, pattern, patternHint, least, greatest,
                maxLength, help, custom);
    }

    public FieldDefinition withRange(long least, long greatest) {
        return withRange(BigDecimal.valueOf(least), BigDecimal.valueOf(greatest));
    }

    public FieldDefinition withMaxLength(int length) {
        return new FieldDefinition(id, label, kind, type, required, choices, source, pattern, patternHint, min, max, length,
                help, custom);
    }

    public FieldDefinition withHelp(String text) {
        return new FieldDefinition(id, label, kind, type, required, choices, source, pattern, patternHint, min, max,
                maxLength, text, custom);
    }

    public FieldDefinition asCustom() {
        return new FieldDefinition(id, label, kind, type, required, choices, source, pattern, patternHint, min, max,
                maxLength, help, true);
    }

    /** The longest value accepted: the declared limit, else the store's. */
    public int lengthLimit() {
        return maxLength == 0 ? STORE_LIMIT : maxLength;
    }

    public boolean isReadOnly() {
        return kind == FieldKind.FIXED;
    }
}
