package org.cardfile.core.server;

import java.time.Instant;

/** A workstation with a seat: who it is, since when, and whether its push channel is open. */
public record WorkstationInfo(String clientId, String name, long officeId, String remoteAddress, Instant since,
        boolean listening) {
}
