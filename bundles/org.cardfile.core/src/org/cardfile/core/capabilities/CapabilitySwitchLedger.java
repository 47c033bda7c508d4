package org.cardfile.core.capabilities;

import java.util.List;
import java.util.Map;

import org.cardfile.core.security.Session;

/**
 * Where the switches are kept: the installation's database, so they survive restarts and, in
 * networked mode, are the server's. Capabilities nobody ever switched are on. The store that keeps
 * them also knows the signed-in sessions, so it tells a live session from a forged value.
 */
public interface CapabilitySwitchLedger {

    /** The state of every capability someone switched, by capability id, then by office id (0: everywhere). */
    Map<String, Map<Long, Boolean>> states();

    /** Records the switch as the new state and in the history, in one transaction. */
    void record(CapabilitySwitch change);

    /**
     * The live session {@code claimed} stands for.
     *
     * @throws org.cardfile.core.security.AccessDeniedException when it is not signed in (ended, or forged)
     */
    Session live(Session claimed);

    /** The capability's switches, newest first. */
    List<CapabilitySwitch> history(String capability, int max);
}
