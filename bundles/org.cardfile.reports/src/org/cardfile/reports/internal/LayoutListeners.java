package org.cardfile.reports.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cardfile.core.reports.ReportLayoutSource;
import org.cardfile.core.reports.ReportLayoutSource.Listener;

/** Who a layout source tells when its layouts change; one listener's failure does not keep the others from hearing. */
final class LayoutListeners {
    private static final System.Logger LOG = System.getLogger(LayoutListeners.class.getName());

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    void add(Listener listener) {
        listeners.add(listener);
    }

    void remove(Listener listener) {
        listeners.remove(listener);
    }

    void changed(ReportLayoutSource source) {
        for (Listener listener : listeners) {
            try {
                listener.layoutsChanged(source);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener to the report layouts of " + source + " failed", e);
            }
        }
    }
}
