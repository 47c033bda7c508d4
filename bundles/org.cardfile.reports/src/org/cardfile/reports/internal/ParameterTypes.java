package org.cardfile.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import org.cardfile.core.reports.ParameterType;
import org.cardfile.core.reports.ReportException;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;

/**
 * Between a BIRT parameter's data type and Cardfile's: which widget the form shows, how a value is
 * written as text (dates as {@code yyyy-MM-dd}, date-times as {@code yyyy-MM-ddTHH:mm}), and how typed
 * text becomes the Java value BIRT expects, with a message naming the parameter when it cannot.
 */
final class ParameterTypes {
    private static final int MAX_TEXT = 1000;

    private ParameterTypes() {
    }

    static ParameterType of(int birtType) {
        return switch (birtType) {
        case IScalarParameterDefn.TYPE_INTEGER -> ParameterType.INTEGER;
        case IScalarParameterDefn.TYPE_DECIMAL, IScalarParameterDefn.TYPE_FLOAT -> ParameterType.DECIMAL;
        case IScalarParameterDefn.TYPE_DATE -> ParameterType.DATE;
        case IScalarParameterDefn.TYPE_DATE_TIME -> ParameterType.DATE_TIME;
        case IScalarParameterDefn.TYPE_BOOLEAN -> ParameterType.BOOLEAN;
        default -> ParameterType.TEXT;
        };
    }

    /** A value BIRT produced (a default, a list entry) in the text form the form and command line use. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().withNano(0).toString();
        }
        if (value instanceof Date date) {
            return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()).withNano(0).toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** The value BIRT expects for {@code text}; blank text is no value. */
    static Object parse(String report, String parameter, int birtType, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new ReportException("The value for " + parameter + " in " + report + " is " + text.length()
                    + " characters long; at most " + MAX_TEXT + " are taken.");
        }
        String value = text.trim();
        try {
            return switch (birtType) {
            case IScalarParameterDefn.TYPE_INTEGER -> Integer.valueOf(value);
            case IScalarParameterDefn.TYPE_DECIMAL -> new BigDecimal(value);
            case IScalarParameterDefn.TYPE_FLOAT -> Double.valueOf(value);
            case IScalarParameterDefn.TYPE_DATE -> java.sql.Date.valueOf(LocalDate.parse(value));
            case IScalarParameterDefn.TYPE_DATE_TIME -> java.sql.Timestamp.valueOf(dateTime(value));
            case IScalarParameterDefn.TYPE_BOOLEAN -> bool(value);
            default -> value;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ReportException("The value '" + value + "' for " + parameter + " in " + report + " is not "
                    + expected(birtType) + ".", e);
        }
    }

    private static LocalDateTime dateTime(String value) {
        return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value.replace(' ', 'T'));
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1" -> Boolean.TRUE;
        case "false", "no", "0" -> Boolean.FALSE;
        default -> throw new NumberFormatException(value);
        };
    }

    private static String expected(int birtType) {
        return switch (birtType) {
        case IScalarParameterDefn.TYPE_INTEGER -> "a whole number";
        case IScalarParameterDefn.TYPE_DECIMAL, IScalarParameterDefn.TYPE_FLOAT -> "a number";
        case IScalarParameterDefn.TYPE_DATE -> "a date (yyyy-mm-dd)";
        case IScalarParameterDefn.TYPE_DATE_TIME -> "a date and time (yyyy-mm-ddThh:mm)";
        case IScalarParameterDefn.TYPE_BOOLEAN -> "yes or no";
        default -> "text";
        };
    }
}
