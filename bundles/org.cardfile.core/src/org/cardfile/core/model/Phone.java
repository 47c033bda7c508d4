package org.cardfile.core.model;

/**
 * A telephone number as the user typed it; the store keeps the E.164 form in {@code e164}
 * (empty until the store normalised it) so every lookup compares like with like.
 */
public record Phone(PhoneType type, String number, String e164) {
    public Phone {
        type = type == null ? PhoneType.OTHER : type;
        number = number == null ? "" : number.strip();
        e164 = e164 == null ? "" : e164;
    }

    public static Phone of(PhoneType type, String number) {
        return new Phone(type, number, "");
    }
}
