package org.cardfile.core.capabilities;

import java.util.List;

/**
 * A capability and whether it is switched on.
 *
 * @param installationOn   on for the whole installation
 * @param officeOn         on for the asking admin's office: off when the installation has it off,
 *                         or, for an office-scoped capability, when the office switched it off
 * @param missing          the names of the capabilities it requires that are off (or not installed)
 *                         for that office: while there are any it does not run, whatever its own switch says
 */
public record CapabilityStatus(Capability capability, boolean installationOn, boolean officeOn, List<String> missing) {

    public CapabilityStatus {
        missing = List.copyOf(missing);
    }

    /** "On", "Off", "Off in this office", or "Off: needs Incoming calls". */
    public String stateText() {
        if (!installationOn) {
            return "Off";
        }
        if (!missing.isEmpty()) {
            return "Off: needs " + String.join(", ", missing);
        }
        return officeOn ? "On" : "Off in this office";
    }
}
