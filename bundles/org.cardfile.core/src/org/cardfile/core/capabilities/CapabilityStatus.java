package org.cardfile.core.capabilities;

/**
 * A capability and whether it is switched on.
 *
 * @param installationOn   on for the whole installation
 * @param officeOn         on for the asking admin's office: off when the installation has it off,
 *                         or, for an office-scoped capability, when the office switched it off
 */
public record CapabilityStatus(Capability capability, boolean installationOn, boolean officeOn) {

    /** "On", "Off", or "Off in this office". */
    public String stateText() {
        if (!installationOn) {
            return "Off";
        }
        return officeOn ? "On" : "Off in this office";
    }
}
