package org.cardfile.cards.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.cardfile.core.calls.CallSource;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.calls.IncomingCall;

/**
 * An entry of the incoming list as the inbox makes it for a completed call from a new caller to one
 * of the demo tracking numbers: answered after 3 seconds by Alice Adams on the simulator's line.
 *
 * <pre>
 * IncomingCall call = SimulatedCall.from("+12175550142", "BAKER BEN").to("+12175550190", "Leasing desk")
 *         .source("Springfield Gazette, Sunday classifieds", "multihousing.guest")
 *         .startedAt(start).lasting(Duration.ofSeconds(245)).completed();
 * </pre>
 *
 * The caller-ID name is passed as the carrier signals it, e.g. "LAST FIRST" in capitals as US
 * carriers send it.
 */
public final class SimulatedCall {
    private final String ani;
    private final String callerName;
    private String dnis = "";
    private String lineName = "";
    private String advertisingSource = "";
    private String template = "";
    private Instant startedAt = Instant.parse("2026-11-24T15:02:00Z");
    private Duration length = Duration.ofMinutes(1);

    private SimulatedCall(String ani, String callerName) {
        this.ani = Objects.requireNonNull(ani);
        this.callerName = Objects.requireNonNull(callerName);
    }

    /** A call from this number with this caller-ID name. */
    public static SimulatedCall from(String ani, String callerName) {
        return new SimulatedCall(ani, callerName);
    }

    /** The tracking number dialled and the name of the line it rings on. */
    public SimulatedCall to(String dnis, String lineName) {
        this.dnis = Objects.requireNonNull(dnis);
        this.lineName = Objects.requireNonNull(lineName);
        return this;
    }

    /** The advertising source of the tracking number and the id of the card template it opens. */
    public SimulatedCall source(String advertisingSource, String template) {
        this.advertisingSource = Objects.requireNonNull(advertisingSource);
        this.template = Objects.requireNonNull(template);
        return this;
    }

    public SimulatedCall startedAt(Instant startedAt) {
        this.startedAt = Objects.requireNonNull(startedAt);
        return this;
    }

    /** How long the call lasted from its start to its end. */
    public SimulatedCall lasting(Duration length) {
        this.length = Objects.requireNonNull(length);
        return this;
    }

    /** The completed call as it stands in the incoming list. */
    public IncomingCall completed() {
        return new IncomingCall(7, 1, "sim-7", "simulator", ani, dnis, lineName, CallStatus.COMPLETED, startedAt,
                startedAt.plusSeconds(3), startedAt.plus(length), callerName,
                new CallSource(3, advertisingSource, template, false), CallerHistory.newCaller(), "Alice Adams", 2,
                startedAt.plusSeconds(3), 0, null, "", 0);
    }
}
