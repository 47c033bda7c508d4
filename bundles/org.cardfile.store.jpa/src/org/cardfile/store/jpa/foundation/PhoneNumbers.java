package org.cardfile.store.jpa.foundation;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as users type them, turned into E.164 with libphonenumber. */
public final class PhoneNumbers {
    /** A number in E.164 and its national significant digits (what people type without a prefix). */
    public record Normalised(String e164, String nationalDigits) {
    }

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** Empty when the text is not a valid number for the region (or in international form). */
    public Optional<Normalised> normalise(String typed, String defaultRegion) {
        try {
            PhoneNumber number = util.parse(typed, defaultRegion);
            if (!util.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new Normalised(util.format(number, PhoneNumberFormat.E164),
                    util.getNationalSignificantNumber(number)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Just the digits of what was typed, for prefix search while the user is still typing. */
    public static String digits(String typed) {
        StringBuilder digits = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
