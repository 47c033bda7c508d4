package org.cardfile.store.remote;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.GeneralSecurityException;
import java.util.function.Consumer;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.reports.Reports;
import org.cardfile.rpc.PushMessage;
import org.cardfile.rpc.Registration;
import org.cardfile.store.remote.internal.DurableOutbox;
import org.cardfile.store.remote.internal.PushListener;
import org.cardfile.store.remote.internal.RemoteReports;
import org.cardfile.store.remote.internal.ServerConnection;
import org.cardfile.store.remote.internal.ServiceProxy;

/**
 * A workstation's (or a driver host's) link to a Cardfile server: takes a seat of its office,
 * hands out the core services as proxies that call the server, listens to the office's events,
 * and queues call events durably while the server is away.
 */
public final class Workstation implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workstation.class.getName());

    private final RemoteSettings settings;
    private final ServerConnection connection;
    private volatile RuntimeException noSeat;
    private Registration.Seat seat;
    private PushListener listener;
    private DurableOutbox outbox;
    private RemoteReports reports;

    private Workstation(RemoteSettings settings) throws IOException, GeneralSecurityException {
        this.settings = settings;
        this.connection = new ServerConnection(settings);
    }

    /**
     * Connects and, when the settings name an office, takes a seat. A refused seat (all licences in
     * use, unknown office, server away) does not throw: every service call then explains it.
     */
    public static Workstation connect(RemoteSettings settings) throws IOException, GeneralSecurityException {
        Workstation w = new Workstation(settings);
        if (!settings.officeCode().isEmpty()) {
            w.takeSeat("");
        }
        return w;
    }

    /**
     * Takes a seat unless one taken meanwhile (by another thread, or the push channel) is still
     * good. {@code failedClientId} is the client id a call was refused with; a different current
     * one means someone already took a new seat.
     */
    private synchronized void takeSeat(String failedClientId) {
        if (noSeat == null && !connection.clientId().isEmpty() && !connection.clientId().equals(failedClientId)) {
            return;
        }
        try {
            seat = connection.register();
            noSeat = null;
            LOG.log(Level.INFO, "Seat {0} of {1} taken in {2} on {3}", seat.seatsInUse(), seat.seats(), seat.officeName(),
                    settings.server());
        } catch (RuntimeException e) {
            noSeat = e;
            LOG.log(Level.WARNING, "No seat on {0}: {1}", settings.server(), e.getMessage());
        }
    }

    /** The server forgot this workstation's seat (it restarted, or the workstation was away): take another. */
    private void reseat() {
        takeSeat(connection.clientId());
    }

    /** The seat taken, or null when none was. */
    public Registration.Seat seat() {
        return seat;
    }

    public <T> T service(Class<T> type) {
        if (type == org.cardfile.core.service.FirstRun.class) {
            // setting up an empty server comes before its first office exists to take a seat of
            return ServiceProxy.of(type, connection, () -> null, () -> {
            });
        }
        return ServiceProxy.of(type, connection, this::seatRefusal, this::reseat);
    }

    /** Why no call can be made now, or null: without a seat, one is tried for first (the server may be back, or a seat free). */
    private RuntimeException seatRefusal() {
        if (noSeat != null) {
            takeSeat("");
        }
        return noSeat;
    }

    /** Reports, run by the server; layouts changed there reach its listeners once the push channel is open. */
    public synchronized Reports reports() {
        if (reports == null) {
            reports = new RemoteReports(new RemoteReports.Link(connection, this::seatRefusal, this::reseat),
                    connection.json());
        }
        return reports;
    }

    /** Call events go through a durable outbox in the settings' folder; see {@link DurableOutbox}. */
    public synchronized CallEventSink callEventSink() {
        if (outbox == null) {
            outbox = new DurableOutbox(settings.outbox(), ServiceProxy.of(CallEventSink.class, connection, () -> null,
                    () -> {
                    }), connection.json());
        }
        return outbox;
    }

    /** Call events handed to {@link #callEventSink()} that the server has not taken yet. */
    public synchronized int callEventsWaiting() {
        return outbox == null ? 0 : outbox.waiting();
    }

    /** Events of the office as they are pushed; a dropped channel is reopened by itself. */
    public synchronized void listen(Consumer<PushMessage> receiver) {
        if (listener == null) {
            Consumer<PushMessage> alsoReports = message -> {
                if (Reports.CHANGED.equals(message.topic())) {
                    reportsChanged();
                }
                receiver.accept(message);
            };
            listener = new PushListener(connection, alsoReports, this::reseat, () -> seat == null ? 0 : seat.officeId());
        }
    }

    private void reportsChanged() {
        RemoteReports r;
        synchronized (this) {
            r = reports;
        }
        if (r != null) {
            r.changed();
        }
    }

    public boolean listening() {
        return listener != null && listener.connected();
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
        }
        if (outbox != null) {
            outbox.close();
        }
        connection.release();
    }
}
