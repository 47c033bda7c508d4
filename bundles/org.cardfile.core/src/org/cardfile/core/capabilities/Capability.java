package org.cardfile.core.capabilities;

import java.util.List;

/**
 * Something an admin installs and switches as one: its bundles declare it with
 * {@code Provide-Capability: org.cardfile.capability; org.cardfile.capability=<id>}, and the one
 * that names it (attributes {@code name}, {@code summary}, {@code scope}) gives it its version and
 * vendor.
 *
 * @param id           the capability's key, e.g. {@code org.cardfile.telephony.simulator}
 * @param name         what the admin sees, e.g. "Call simulator"
 * @param summary      one line on what it does
 * @param version      the naming bundle's version
 * @param vendor       the naming bundle's vendor
 * @param officeScoped whether it can also be switched for one office (card templates, intake, …)
 * @param requires     the ids of the capabilities it cannot run without (attribute {@code requires}, a
 *                     comma-separated list): off wherever one of them is off
 */
public record Capability(String id, String name, String summary, String version, String vendor,
        boolean officeScoped, List<String> requires) {

    /** The OSGi namespace the bundles declare their capability in. */
    public static final String NAMESPACE = "org.cardfile.capability";

    public Capability {
        requires = List.copyOf(requires);
    }
}
