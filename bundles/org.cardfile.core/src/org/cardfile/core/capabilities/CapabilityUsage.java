package org.cardfile.core.capabilities;

import java.util.Optional;

/**
 * Offered by a capability that can be busy (a telephony driver with a call ringing): asked before
 * it is switched off, so the admin hears what would be interrupted.
 */
public interface CapabilityUsage {

    /** The id of the capability this reports on. */
    String capability();

    /** What is in use right now, as a sentence for the admin; empty when nothing is. */
    Optional<String> inUse();
}
