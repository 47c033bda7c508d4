package org.cardfile.telephony.asterisk.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.InboxReceipt;

/** Records every delivery; the driver delivers from its own thread, so tests wait for a count. */
final class RecordingSink implements CallEventSink {
    private final List<CallEvent> delivered = new ArrayList<>();

    @Override
    public synchronized InboxReceipt accept(CallEvent event) {
        delivered.add(event);
        notifyAll();
        return new InboxReceipt(1, 1, false);
    }

    synchronized List<CallEvent> delivered() {
        return List.copyOf(delivered);
    }

    /** The deliveries once there are at least {@code count}, or all there are when the time is up. */
    synchronized List<CallEvent> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (delivered.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(delivered);
    }
}
