package org.cardfile.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cardfile.core.model.Office;
import org.cardfile.core.server.WorkstationInfo;
import org.cardfile.rpc.Registration;
import org.cardfile.rpc.SeatsExhaustedException;

/**
 * The workstations holding a seat, per office. A seat is taken at registration and given back when
 * the workstation leaves or its push channel stays closed past the grace period, so a crashed
 * workstation does not hold a licence for ever.
 */
public final class SeatRegistry {
    private final Map<String, Seat> seats = new ConcurrentHashMap<>();

    public record Seat(String clientId, String name, Office office, String remoteAddress, Instant since,
            boolean listening, Instant lastSeen) {
        WorkstationInfo info() {
            return new WorkstationInfo(clientId, name, office.id(), remoteAddress, since, listening);
        }

        Seat listening(boolean now, Instant at) {
            return new Seat(clientId, name, office, remoteAddress, since, now, at);
        }
    }

    public synchronized Registration.Seat take(Office office, String name, String remoteAddress, int licences, Instant now,
            long graceMillis) {
        seats.values().removeIf(s -> !s.listening() && s.lastSeen().plusMillis(graceMillis).isBefore(now));
        long inUse = seats.values().stream().filter(s -> s.office().id() == office.id()).count();
        if (inUse >= licences) {
            throw new SeatsExhaustedException("All " + licences + " seat licences of " + office.name()
                    + " are in use. Close Cardfile on a workstation you no longer use, or ask your admin for more seats.");
        }
        String clientId = UUID.randomUUID().toString();
        seats.put(clientId, new Seat(clientId, name, office, remoteAddress, now, false, now));
        return new Registration.Seat(clientId, office.id(), office.name(), (int) inUse + 1, licences);
    }

    public Optional<Seat> seat(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(seats.get(clientId));
    }

    /** A call from the workstation: it is alive, whatever its push channel does. */
    public void seen(String clientId, Instant at) {
        seats.computeIfPresent(clientId, (id, s) -> s.listening(s.listening(), at));
    }

    public void listening(String clientId, boolean now, Instant at) {
        seats.computeIfPresent(clientId, (id, s) -> s.listening(now, at));
    }

    public void release(String clientId) {
        seats.remove(clientId);
    }

    public List<WorkstationInfo> of(long officeId) {
        List<WorkstationInfo> list = new ArrayList<>();
        seats.values().stream().filter(s -> s.office().id() == officeId).forEach(s -> list.add(s.info()));
        return list;
    }
}
