package org.cardfile.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cardfile.core.reports.ReportLayout;
import org.cardfile.core.reports.ReportLayoutSource;

/**
 * Every layout the sources offer, each read and inspected once per content: a layout dropped in or
 * changed is inspected on the next look, an unchanged one is not opened again. Two layouts with one
 * id cannot both be run by that id, so the second (by origin) is listed with that problem.
 */
final class LayoutCatalog {
    private final LayoutInspector inspector;
    private final List<ReportLayoutSource> sources = new CopyOnWriteArrayList<>();
    private final Map<URI, Read> cache = new HashMap<>();

    private record Read(byte[] content, InspectedLayout layout) {
    }

    LayoutCatalog(LayoutInspector inspector) {
        this.inspector = inspector;
    }

    void add(ReportLayoutSource source) {
        sources.add(source);
    }

    void remove(ReportLayoutSource source) {
        sources.remove(source);
    }

    /** The layouts now offered, by id. */
    synchronized Map<String, InspectedLayout> current() {
        List<ReportLayout> offered = new ArrayList<>();
        for (ReportLayoutSource source : sources) {
            offered.addAll(source.layouts());
        }
        offered.sort(Comparator.comparing(ReportLayout::origin).thenComparing(l -> l.location().toString()));
        Map<String, InspectedLayout> byId = new LinkedHashMap<>();
        Map<URI, Read> seen = new HashMap<>();
        for (ReportLayout layout : offered) {
            InspectedLayout inspected = inspect(layout, seen);
            InspectedLayout first = byId.get(layout.id());
            if (first == null) {
                byId.put(layout.id(), inspected);
            } else {
                String key = layout.id() + " (" + layout.origin() + ")";
                byId.put(key, inspected.withProblem("the report id " + layout.id() + " is already taken by the layout from "
                        + first.layout().origin() + "; rename the file"));
            }
        }
        cache.keySet().retainAll(seen.keySet());
        cache.putAll(seen);
        return byId;
    }

    private InspectedLayout inspect(ReportLayout layout, Map<URI, Read> seen) {
        byte[] content;
        try {
            content = read(layout.location());
        } catch (IOException e) {
            return InspectedLayout.broken(layout, "it cannot be read: " + Messages.chain(e));
        }
        Read known = cache.get(layout.location());
        Read read = known != null && Arrays.equals(known.content(), content) && known.layout().layout().equals(layout)
                ? known
                : new Read(content, inspector.inspect(layout, content));
        seen.put(layout.location(), read);
        return read.layout();
    }

    private static byte[] read(URI location) throws IOException {
        try (InputStream in = location.toURL().openStream()) {
            byte[] content = in.readNBytes(LayoutSafety.MAX_LAYOUT_BYTES + 1);
            if (content.length > LayoutSafety.MAX_LAYOUT_BYTES) {
                throw new IOException("it is larger than " + LayoutSafety.MAX_LAYOUT_BYTES / 1024 / 1024 + " MB");
            }
            return content;
        }
    }
}
