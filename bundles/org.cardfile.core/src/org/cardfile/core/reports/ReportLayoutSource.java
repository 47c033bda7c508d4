package org.cardfile.core.reports;

import java.util.List;

/**
 * Where report layouts come from: a bundle's shipped layouts, the drop-in folder. A source that
 * gains or loses layouts while running says so through the listener, so lists update without a restart.
 */
public interface ReportLayoutSource {

    List<ReportLayout> layouts();

    /** Called (on any thread) after the source's layouts changed. */
    interface Listener {
        void layoutsChanged(ReportLayoutSource source);
    }

    /** Sources whose layouts never change while they run ignore listeners. */
    default void addListener(Listener listener) {
    }

    default void removeListener(Listener listener) {
    }
}
