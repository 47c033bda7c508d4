package org.cardfile.store.calls.internal;

import java.lang.System.Logger.Level;
import java.util.Map;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.calls.IncomingCall;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Broadcasts call changes on the framework's Event Admin, which the workbench's event broker
 * delivers to parts. Without Event Admin (a headless tool) changes are only stored.
 */
@Component(service = CallBroadcaster.class)
public class EventAdminCallBroadcaster implements CallBroadcaster {
    private static final System.Logger LOG = System.getLogger(EventAdminCallBroadcaster.class.getName());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Override
    public void changed(IncomingCall call) {
        EventAdmin admin = events;
        if (admin == null) {
            LOG.log(Level.DEBUG, "No Event Admin: call {0} changed without a broadcast", call.id());
            return;
        }
        admin.postEvent(new Event(CallTopics.CHANGED, Map.of(CallTopics.OFFICE_ID, call.officeId(), CallTopics.CALL_ID,
                call.id(), CallTopics.STATUS, call.status().name(), CallTopics.TAKEN_BY, call.takenBy())));
    }
}
