package org.cardfile.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cardfile.rpc.Json;
import org.cardfile.rpc.PushMessage;
import org.cardfile.server.internal.PushHub;
import org.junit.jupiter.api.Test;

/** A workstation that stops reading must not hold up the others, nor the thread that publishes. */
class PushHubTest {

    /** A socket whose peer stopped reading: every write blocks. */
    private static final class StalledStream extends OutputStream {
        final CountDownLatch released = new CountDownLatch(1);

        @Override
        public void write(int b) throws java.io.IOException {
            try {
                released.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
        }

        @Override
        public void close() {
            released.countDown();
        }
    }

    @Test
    void aStalledWorkstationIsClosedWhileTheOthersGetEveryMessage() throws Exception {
        PushHub hub = new PushHub(Json.mapper());
        StalledStream stalled = new StalledStream();
        ByteArrayOutputStream healthy = new ByteArrayOutputStream();
        hub.open("stalled", 1, stalled);
        hub.open("healthy", 1, healthy);
        hub.open("other-office", 2, new ByteArrayOutputStream());
        long start = System.nanoTime();
        for (int i = 0; i < 1_200; i++) {
            hub.publish(1, new PushMessage("cardfile/calls/changed", Map.of("officeId", 1L, "callId", (long) i)));
        }
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 5, "publishing never waits on a socket");
        assertFalse(hub.isOpen("stalled", stalled), "a channel 1,000 messages behind is closed");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (count(healthy) < 1_200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1_200, count(healthy), "the reading workstation got every message, in order");
        assertTrue(healthy.toString(StandardCharsets.UTF_8).indexOf("\"callId\":1199") > healthy.toString(
                StandardCharsets.UTF_8).indexOf("\"callId\":1198"));
        hub.closeAll();
    }

    private static int count(ByteArrayOutputStream out) {
        String text;
        synchronized (out) {
            text = out.toString(StandardCharsets.UTF_8);
        }
        return text.split("event: ", -1).length - 1;
    }
}
