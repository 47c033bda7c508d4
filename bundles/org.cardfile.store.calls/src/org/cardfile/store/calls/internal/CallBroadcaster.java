package org.cardfile.store.calls.internal;

import org.cardfile.core.calls.IncomingCall;

/** Tells every workstation that a call entry changed; called after the change is committed. */
public interface CallBroadcaster {

    void changed(IncomingCall call);
}
