package org.cardfile.telephony.sip.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects what the driver logs through System.Logger, which the JDK routes to java.util.logging when
 * nothing else is installed (as in the test runtime).
 */
final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> lines = new ArrayList<>();

    LogCapture(String loggerName) {
        logger = Logger.getLogger(loggerName);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        lines.add(record.getLevel() + " " + formatter.formatMessage(record));
        notifyAll();
    }

    /** The first line containing every one of {@code parts}, waiting up to {@code within}; null if none came. */
    synchronized String await(Duration within, String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            for (String line : lines) {
                if (List.of(parts).stream().allMatch(line::contains)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
