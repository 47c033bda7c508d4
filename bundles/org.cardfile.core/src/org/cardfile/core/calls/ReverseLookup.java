package org.cardfile.core.calls;

import java.util.Optional;

/**
 * Finds who a phone number belongs to when no customer has it (a directory, a carrier's CNAM
 * service). Providers are OSGi services; the inbox asks them in ranking order.
 */
public interface ReverseLookup {

    /**
     * The listing for an E.164 number, if this provider knows it. {@code officeId} is the office the
     * call was routed to, for providers that keep a directory per office.
     */
    Optional<Listing> lookup(long officeId, String e164);

    /** A directory listing: a name and, when known, where the number is. */
    record Listing(String name, String street, String city, String region, String postalCode, String provider) {
    }
}
