package org.cardfile.telephony.webhook.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.cardfile.core.calls.CallEventSink;

import com.sun.net.httpserver.HttpServer;

/** The JDK's HTTP server bound to the configured address, serving the voice webhook on its path. */
final class WebhookEndpoint implements AutoCloseable {

    /** Requests are short; two threads keep one slow inbox write from holding up the next call. */
    private static final int THREADS = 2;

    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookSettings settings;

    /**
     * Binds and starts serving.
     *
     * @throws IOException the address cannot be bound (in use, not local)
     */
    WebhookEndpoint(WebhookSettings settings, CallEventSink sink, Clock clock) throws IOException {
        this.settings = settings;
        server = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 0);
        server.createContext(settings.path(), new VoiceWebhook(settings, sink, clock));
        executor = Executors.newFixedThreadPool(THREADS, threads());
        server.setExecutor(executor);
        server.start();
    }

    /** The bound address; its port is the one chosen when the settings asked for port 0. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    String url() {
        return "http://" + address().getHostString() + ":" + address().getPort() + settings.path();
    }

    @Override
    public void close() {
        server.stop(1); // lets a request in progress finish its reply
        executor.shutdownNow();
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "cardfile-voice-webhook-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
