package org.cardfile.telephony.simulator.internal;

import static org.cardfile.core.calls.CallStatus.ABANDONED;
import static org.cardfile.core.calls.CallStatus.ANSWERED;
import static org.cardfile.core.calls.CallStatus.BUSY;
import static org.cardfile.core.calls.CallStatus.COMPLETED;
import static org.cardfile.core.calls.CallStatus.NO_ANSWER;
import static org.cardfile.core.calls.CallStatus.RINGING;

import java.util.List;

import org.cardfile.core.calls.CallSimulator.Scenario;
import org.cardfile.core.calls.CallSimulator.Step;

/**
 * Scripted calls against the demo data's tracking numbers and customers, one for each thing the
 * incoming list does: a returning customer, a new prospect found in the directory, a hang-up before
 * anyone answered, a busy line, a call to a number nobody set up, a resident's maintenance call.
 */
final class DemoScenarios {
    static final String GAZETTE = "+12175550190";
    static final String WEBSITE = "+12175550191";
    static final String MAINTENANCE = "+12175550192";

    private DemoScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("returning-customer", "Ben Baker calls the Gazette ad line", "+12175550142", GAZETTE, "",
                        List.of(new Step(0, RINGING), new Step(20_000, ANSWERED), new Step(150_000, COMPLETED))),
                new Scenario("new-prospect", "A new prospect calls from the website", "+12175550177", WEBSITE, "",
                        List.of(new Step(0, RINGING), new Step(15_000, ANSWERED), new Step(240_000, COMPLETED))),
                new Scenario("hang-up", "A caller hangs up before anyone answers", "+13125550123", GAZETTE,
                        "WIRELESS CALLER", List.of(new Step(0, RINGING), new Step(8_000, ABANDONED))),
                new Scenario("busy", "The leasing desk is busy", "+16305550188", WEBSITE, "",
                        List.of(new Step(0, RINGING), new Step(1_000, BUSY))),
                new Scenario("unknown-number", "A call to a number nobody set up", "+12175550142", "+13125550199", "",
                        List.of(new Step(0, RINGING), new Step(30_000, NO_ANSWER))),
                new Scenario("maintenance", "A resident calls the maintenance line", "+12175550103", MAINTENANCE, "",
                        List.of(new Step(0, RINGING), new Step(10_000, ANSWERED), new Step(180_000, COMPLETED))));
    }
}
