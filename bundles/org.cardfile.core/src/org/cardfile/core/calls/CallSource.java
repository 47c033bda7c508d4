package org.cardfile.core.calls;

/**
 * What the dialled tracking number says about a call: the advertising source that brought the
 * caller and the card template to open. {@code unknownNumber} flags a DNIS that no tracking number
 * matches; such a call goes to the default office and is never dropped.
 */
public record CallSource(long trackingNumberId, String advertisingSource, String cardTemplate, boolean unknownNumber) {

    public CallSource {
        advertisingSource = advertisingSource == null ? "" : advertisingSource;
        cardTemplate = cardTemplate == null ? "" : cardTemplate;
    }

    public static CallSource unknown() {
        return new CallSource(0, "", "", true);
    }
}
