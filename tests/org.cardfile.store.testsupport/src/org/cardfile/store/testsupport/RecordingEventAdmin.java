package org.cardfile.store.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps every event the store would have posted or sent to the workstations, in order. */
public final class RecordingEventAdmin implements EventAdmin {
    public final List<Event> posted = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        posted.add(event);
    }
}
