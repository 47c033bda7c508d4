package org.cardfile.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.reports.ReportProgress;
import org.cardfile.rpc.ReportWire;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A run's progress as the workstation reads it: one JSON line a step, and an empty line while the run
 * is silent (a long query), so a workstation that stopped listening is noticed within seconds and
 * the run is cancelled instead of finishing for nobody.
 */
final class ProgressStream implements ReportProgress, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ProgressStream.class.getName());
    private static final byte[] NEWLINE = { '\n' };

    private final OutputStream out;
    private final ObjectMapper json;
    private final ScheduledFuture<?> keepAlive;
    private volatile boolean gone;

    ProgressStream(OutputStream out, ObjectMapper json, ScheduledExecutorService timer) {
        this.out = out;
        this.json = json;
        keepAlive = timer.scheduleWithFixedDelay(() -> write(NEWLINE), ReportWire.KEEP_ALIVE_MILLIS,
                ReportWire.KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void step(String what) {
        line(ReportWire.Line.step(what));
    }

    @Override
    public boolean cancelled() {
        return gone;
    }

    /** Writes the line that ends the stream; false when the workstation is no longer there to read it. */
    boolean finish(ReportWire.Line last) {
        keepAlive.cancel(false);
        line(last);
        return !gone;
    }

    private void line(ReportWire.Line line) {
        try {
            byte[] bytes = json.writeValueAsBytes(line);
            byte[] framed = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            framed[bytes.length] = '\n';
            write(framed);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "A report progress line could not be written as JSON", e);
        }
    }

    private synchronized void write(byte[] bytes) {
        if (gone) {
            return;
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            gone = true;
            LOG.log(Level.DEBUG, "The workstation stopped reading a report's progress: {0}", e.getMessage());
        }
    }

    @Override
    public void close() {
        keepAlive.cancel(false);
    }
}
