package org.cardfile.reports.internal;

import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cardfile.core.reports.ReportLayout;
import org.cardfile.core.reports.ReportLayoutSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The layouts capabilities ship: a bundle whose manifest names a folder in {@code Cardfile-Reports}
 * contributes every {@code .rptdesign} in it, for as long as it is installed and resolved. A capability's reports thus
 * come and go with its feature, and its bundle needs no code to offer them.
 */
@Component(service = ReportLayoutSource.class)
public class BundledLayouts implements ReportLayoutSource, BundleTrackerCustomizer<List<ReportLayout>> {
    static final String HEADER = "Cardfile-Reports";
    private static final System.Logger LOG = System.getLogger(BundledLayouts.class.getName());

    private final BundleTracker<List<ReportLayout>> tracker;
    private final Listeners<Listener> listeners = new Listeners<>();

    @Activate
    public BundledLayouts(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Override
    public List<ReportLayout> layouts() {
        List<ReportLayout> all = new ArrayList<>();
        tracker.getTracked().values().forEach(all::addAll);
        return all;
    }

    @Override
    public List<ReportLayout> addingBundle(Bundle bundle, BundleEvent event) {
        String folder = bundle.getHeaders("").get(HEADER);
        if (folder == null || folder.isBlank()) {
            return null;
        }
        List<ReportLayout> layouts = new ArrayList<>();
        for (URL entry : Collections.list(orEmpty(bundle.findEntries(folder.trim(), "*" + DropInFolderLayouts.EXTENSION, false)))) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            try {
                layouts.add(new ReportLayout(file.substring(0, file.length() - DropInFolderLayouts.EXTENSION.length()),
                        entry.toURI(), "bundle " + bundle.getSymbolicName()));
            } catch (URISyntaxException e) {
                LOG.log(Level.WARNING, "The layout " + entry + " of " + bundle.getSymbolicName() + " has no usable address", e);
            }
        }
        changed();
        return layouts;
    }

    private static java.util.Enumeration<URL> orEmpty(java.util.Enumeration<URL> entries) {
        return entries == null ? Collections.emptyEnumeration() : entries;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<ReportLayout> layouts) {
        // a resolved bundle's entries do not change
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<ReportLayout> layouts) {
        changed();
    }

    private void changed() {
        listeners.tell(l -> l.layoutsChanged(this), "the report layouts of " + this);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Deactivate
    void close() {
        tracker.close();
    }
}
