package org.cardfile.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Commands that only tell the open parts to do something (refresh, focus a search). */
public abstract class PostEventHandler extends SignedIn {
    private final String topic;

    protected PostEventHandler(String topic) {
        this.topic = topic;
    }

    @Execute
    public void execute(IEventBroker events) {
        events.send(topic, Boolean.TRUE);
    }
}
