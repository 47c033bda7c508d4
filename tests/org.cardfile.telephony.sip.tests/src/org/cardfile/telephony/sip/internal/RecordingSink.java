package org.cardfile.telephony.sip.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.InboxReceipt;

/** Keeps every event it is given; can be told to fail for some, as a broken inbox would. */
final class RecordingSink implements CallEventSink {
    private final List<CallEvent> events = new ArrayList<>();
    private final Predicate<CallEvent> failFor;

    RecordingSink() {
        this(e -> false);
    }

    RecordingSink(Predicate<CallEvent> failFor) {
        this.failFor = failFor;
    }

    @Override
    public synchronized InboxReceipt accept(CallEvent event) {
        events.add(event);
        notifyAll();
        if (failFor.test(event)) {
            throw new IllegalStateException("inbox down (test)");
        }
        return new InboxReceipt(events.size(), 1, false);
    }

    /** The events so far once there are {@code count}, or whatever came within the time. */
    synchronized List<CallEvent> await(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (events.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }
}
