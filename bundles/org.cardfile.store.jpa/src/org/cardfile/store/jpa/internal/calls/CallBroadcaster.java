package org.cardfile.store.jpa.internal.calls;

import org.cardfile.core.calls.IncomingCall;

/** Tells every workstation that a call entry changed; called after the change is committed. */
public interface CallBroadcaster {

    void changed(IncomingCall call);
}
