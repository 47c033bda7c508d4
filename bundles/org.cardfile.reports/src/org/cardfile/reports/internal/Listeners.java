package org.cardfile.reports.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is told when report layouts change (a source's listeners, the Reports service's); one
 * listener's failure does not keep the others from hearing.
 */
final class Listeners<L> {
    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

    private final List<L> listeners = new CopyOnWriteArrayList<>();

    void add(L listener) {
        listeners.add(listener);
    }

    void remove(L listener) {
        listeners.remove(listener);
    }

    /** Tells each listener with {@code tell}; {@code what} names the change in the log when one fails. */
    void tell(Consumer<L> tell, Object what) {
        for (L listener : listeners) {
            try {
                tell.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener to " + what + " failed", e);
            }
        }
    }
}
