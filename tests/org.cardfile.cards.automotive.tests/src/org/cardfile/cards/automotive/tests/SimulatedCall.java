package org.cardfile.cards.automotive.tests;

import java.time.Duration;
import java.time.Instant;

import org.cardfile.core.calls.CallSource;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallerHistory;
import org.cardfile.core.calls.IncomingCall;

/** An entry of the incoming list as the inbox makes it for a call to one of the demo tracking numbers. */
final class SimulatedCall {
    private SimulatedCall() {
    }

    /**
     * A completed call from a new caller whose caller-ID name is signalled the way US carriers send it,
     * "LAST FIRST" in capitals.
     */
    static IncomingCall completed(String ani, String dnis, String callerName, String advertisingSource, String template,
            Instant startedAt, Duration length) {
        return new IncomingCall(7, 1, "sim-7", "simulator", ani, dnis, "Sales floor", CallStatus.COMPLETED, startedAt,
                startedAt.plusSeconds(3), startedAt.plus(length), callerName,
                new CallSource(3, advertisingSource, template, false), CallerHistory.newCaller(), "Alice Adams", 2,
                startedAt.plusSeconds(3), 0, null, "", 0);
    }
}
