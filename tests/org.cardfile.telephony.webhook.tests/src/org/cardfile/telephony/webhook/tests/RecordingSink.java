package org.cardfile.telephony.webhook.tests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.InboxReceipt;

/** Records every delivery and answers duplicates by (driver, session, sequence) as the real inbox does. */
final class RecordingSink implements CallEventSink {
    private final List<CallEvent> delivered = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private RuntimeException failure;

    @Override
    public synchronized InboxReceipt accept(CallEvent event) {
        if (failure != null) {
            throw failure;
        }
        delivered.add(event);
        boolean duplicate = !seen.add(event.driver() + "/" + event.sessionId() + "/" + event.sequence());
        return new InboxReceipt(1, 1, duplicate);
    }

    synchronized List<CallEvent> delivered() {
        return List.copyOf(delivered);
    }

    synchronized void failWith(RuntimeException e) {
        failure = e;
    }
}
