package org.cardfile.core.capabilities;

import java.util.List;
import java.util.Set;

import org.cardfile.core.security.Session;

/**
 * The installed capabilities and their switches. Off means the capability's components are
 * disabled and its parts, menus and key bindings are hidden on every workstation; its data stays,
 * and switching it on again restores everything. Every switch is audited and broadcast on
 * {@link #CHANGED}.
 */
public interface Capabilities {
    /** Broadcast after every switch; carries {@link #CAPABILITY}, {@link #OFFICE_ID} (0: everywhere) and {@link #ON}. */
    String CHANGED = "cardfile/capabilities/changed";
    /**
     * Broadcast on each installation once its components match the switches again (after a switch, or
     * a capability's bundle starting); carries {@link #ENFORCED_OFF}. The services of a capability
     * not in it are registered by then, so a workbench shows a capability's parts only once it is
     * neither switched off nor still enforced off: a part built before its services were back would
     * be built without them.
     */
    String ENFORCED = "cardfile/capabilities/enforced";
    /** On {@link #ENFORCED}: the ids (a {@code String[]}) of the capabilities whose components are off now. */
    String ENFORCED_OFF = "off";
    String CAPABILITY = "capability";
    /** The office the switch is for, 0 for the whole installation. */
    String OFFICE_ID = "officeId";
    String ON = "on";
    /** The admin who switched it (display name). */
    String SWITCHED_BY = "switchedBy";
    /** The office of that admin, so the switch shows in that office's server feed. */
    String ADMIN_OFFICE_ID = "adminOfficeId";

    /** Every installed capability with its state for the admin's office, by name. */
    List<CapabilityStatus> installed(Session session);

    /** The capabilities switched off for the session's office, for hiding what belongs to them. */
    Set<String> switchedOff(Session session);

    /**
     * The capabilities switched off for the whole installation. Needs no session: a workstation
     * asks before anyone signed in, to disable its own components of them.
     */
    Set<String> switchedOffEverywhere();

    /**
     * Switches a capability for the whole installation, or, when {@code officeOnly}, for the
     * admin's office (office-scoped capabilities only).
     *
     * @param confirmed the admin was told what is in use and still wants it off; without it, switching
     *                  off something in use throws {@link CapabilityInUseException} and changes nothing
     * @return the capability's state afterwards
     */
    CapabilityStatus switchTo(Session session, String capability, boolean officeOnly, boolean on, boolean confirmed);

    /** The capability's switches, newest first. */
    List<CapabilitySwitch> history(Session session, String capability);
}
