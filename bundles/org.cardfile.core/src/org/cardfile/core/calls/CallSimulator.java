package org.cardfile.core.calls;

import java.util.List;

/**
 * A telephony driver without a phone system: it plays scripted calls into the inbox so a newcomer
 * sees the whole flow (live list, pick, screen-pop) on a stand-alone workbench.
 */
public interface CallSimulator {

    /** A scripted call: who calls which tracking number and how the call goes. */
    record Scenario(String id, String title, String ani, String dnis, String callerName, List<Step> steps) {
        public Scenario {
            steps = List.copyOf(steps);
        }
    }

    /** After {@code delayMillis} from the previous step the call takes this status. */
    record Step(long delayMillis, CallStatus status) {
    }

    List<Scenario> scenarios();

    /**
     * Plays the scenario in the background: the first event is delivered before this returns, the
     * later ones at their delays.
     *
     * @return the simulated call's session id
     */
    String play(Scenario scenario);

    /**
     * A call that rings for a while, is answered and lasts a few minutes: the quickest way to see a
     * screen-pop. The caller name may be empty.
     */
    String ring(String ani, String dnis, String callerName);
}
