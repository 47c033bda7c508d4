package org.cardfile.server.internal;

import java.util.Optional;
import java.util.function.ToIntFunction;

import org.cardfile.core.server.ServerMonitor;
import org.cardfile.server.ServiceDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The server's inner pieces, wired once: seats, push channels, the feed, the monitor and the dispatcher. */
public final class ServerParts {
    private final SeatRegistry seats = new SeatRegistry();
    private final ActivityFeed feed = new ActivityFeed(500);
    private final PushHub push;
    private final Monitor monitor;
    private final CallDispatcher dispatcher;

    /** @param licences the seat licences of an office, by its code */
    public ServerParts(ServiceDirectory services, ObjectMapper json, ToIntFunction<String> licences) {
        push = new PushHub(json);
        monitor = new Monitor(services, seats, feed, licences);
        // the monitor is served like any core service, from this server itself
        ServiceDirectory withMonitor = type -> type == ServerMonitor.class ? Optional.of(monitor) : services.find(type);
        dispatcher = new CallDispatcher(withMonitor, json, feed::add);
    }

    public SeatRegistry seats() {
        return seats;
    }

    public PushHub push() {
        return push;
    }

    public ActivityFeed feed() {
        return feed;
    }

    public ServerMonitor monitor() {
        return monitor;
    }

    public CallDispatcher dispatcher() {
        return dispatcher;
    }
}
