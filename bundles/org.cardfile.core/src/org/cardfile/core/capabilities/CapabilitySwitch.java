package org.cardfile.core.capabilities;

import java.time.Instant;

/**
 * One switch of a capability as the audit keeps it: who switched what, where, when, from which
 * state to which.
 *
 * @param officeId 0 for the whole installation, else the office it was switched for
 */
public record CapabilitySwitch(String capability, long officeId, boolean wasOn, boolean on, String switchedBy,
        Instant switchedAt) {

    public static final long INSTALLATION = 0;

    public boolean wholeInstallation() {
        return officeId == INSTALLATION;
    }
}
