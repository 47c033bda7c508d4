package org.cardfile.capabilities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.capabilities.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Reads which capabilities the installed bundles make up from their
 * {@code Provide-Capability: org.cardfile.capability; org.cardfile.capability=<id>} declarations.
 * The bundle that names the capability ({@code name}, {@code summary}, optional
 * {@code scope=office}, optional {@code requires}: the ids it cannot run without) gives it its
 * version and vendor; its other bundles (a UI bundle, a second
 * driver) only join it. Read on every call, so a capability installed a minute ago is listed.
 */
final class InstalledCapabilities {
    private static final System.Logger LOG = System.getLogger(InstalledCapabilities.class.getName());

    private final BundleContext context;

    InstalledCapabilities(BundleContext context) {
        this.context = context;
    }

    List<InstalledCapability> all() {
        Map<String, List<Bundle>> members = new LinkedHashMap<>();
        Map<String, Capability> named = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) {
                continue; // uninstalled meanwhile
            }
            for (org.osgi.framework.wiring.BundleCapability declared : revision.getDeclaredCapabilities(
                    Capability.NAMESPACE)) {
                Map<String, Object> attributes = declared.getAttributes();
                if (!(attributes.get(Capability.NAMESPACE) instanceof String id) || id.isBlank()) {
                    LOG.log(System.Logger.Level.WARNING, "Bundle {0} declares a capability without an id; ignored",
                            bundle.getSymbolicName());
                    continue;
                }
                members.computeIfAbsent(id, k -> new ArrayList<>()).add(bundle);
                if (attributes.get("name") instanceof String name && !named.containsKey(id)) {
                    named.put(id, new Capability(id, name, String.valueOf(attributes.getOrDefault("summary", "")),
                            bundle.getVersion().toString(), vendor(bundle),
                            "office".equals(attributes.get("scope")), requires(attributes.get("requires"))));
                }
            }
        }
        List<InstalledCapability> all = new ArrayList<>();
        members.forEach((id, bundles) -> all.add(new InstalledCapability(named.getOrDefault(id, unnamed(id, bundles)),
                bundles)));
        all.sort(Comparator.comparing(i -> i.capability().name().toLowerCase(java.util.Locale.ROOT)));
        return all;
    }

    /** Whether the bundle is part of a capability at all. */
    static boolean declaresOne(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && !revision.getDeclaredCapabilities(Capability.NAMESPACE).isEmpty();
    }

    /** Only the joining bundles are here (a workstation has the UI of a capability the server runs). */
    private static Capability unnamed(String id, List<Bundle> bundles) {
        Bundle first = bundles.get(0);
        return new Capability(id, id, "", first.getVersion().toString(), vendor(first), false, List.of());
    }

    /** {@code requires="a, b"} or the typed {@code requires:List<String>="a,b"}. */
    private static List<String> requires(Object declared) {
        List<String> ids = new ArrayList<>();
        if (declared instanceof String text) {
            for (String id : text.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        } else if (declared instanceof List<?> list) {
            list.forEach(id -> ids.add(String.valueOf(id).strip()));
        }
        return ids;
    }

    private static String vendor(Bundle bundle) {
        String vendor = bundle.getHeaders("").get("Bundle-Vendor");
        return vendor == null ? "" : vendor;
    }
}
