package org.cardfile.core.calls;

import java.math.BigDecimal;

/**
 * A number published in an advertisement. A call to it is routed to {@code officeId}, credited to
 * the advertising source, put through to {@code destination} and opens {@code cardTemplate}.
 *
 * @param number            the tracking number as typed; stored in E.164
 * @param advertisingSource the ad that publishes it, e.g. "Springfield Gazette, Sunday classifieds"
 * @param media             newspaper, radio, web, billboard, …
 * @param campaign          the campaign it belongs to
 * @param monthlyCost       what the ad costs a month, for cost per call; may be null
 */
public record TrackingNumber(long id, long version, String number, long officeId, String advertisingSource,
        String media, String campaign, BigDecimal monthlyCost, String destination, String cardTemplate,
        boolean active) {

    public TrackingNumber {
        number = number == null ? "" : number.strip();
        advertisingSource = advertisingSource == null ? "" : advertisingSource.strip();
        media = media == null ? "" : media.strip();
        campaign = campaign == null ? "" : campaign.strip();
        destination = destination == null ? "" : destination.strip();
        cardTemplate = cardTemplate == null ? "" : cardTemplate.strip();
    }
}
