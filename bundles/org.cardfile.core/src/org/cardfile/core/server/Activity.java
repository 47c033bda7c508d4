package org.cardfile.core.server;

import java.time.Instant;

/** One entry of the live transaction feed: a call event, a pick, a save. */
public record Activity(Instant at, long officeId, String who, String what) {
}
