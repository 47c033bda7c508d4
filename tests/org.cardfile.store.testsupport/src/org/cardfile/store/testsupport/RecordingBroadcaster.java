package org.cardfile.store.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.store.calls.internal.CallBroadcaster;

/** Keeps what would have gone out to the workstations. */
public final class RecordingBroadcaster implements CallBroadcaster {
    public final List<IncomingCall> sent = new CopyOnWriteArrayList<>();

    @Override
    public void changed(IncomingCall call) {
        sent.add(call);
    }

    public long countFor(long callId) {
        return sent.stream().filter(c -> c.id() == callId).count();
    }
}
