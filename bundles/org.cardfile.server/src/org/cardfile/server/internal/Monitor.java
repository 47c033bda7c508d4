package org.cardfile.server.internal;

import java.util.List;
import java.util.function.ToIntFunction;

import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.Session;
import org.cardfile.core.server.Activity;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.server.WorkstationInfo;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.server.ServiceDirectory;

/**
 * The admin's view of the server. The session is checked by the store: only a signed-in admin gets
 * past {@link EmployeeAdministration#office}, and only for their own office.
 */
final class Monitor implements ServerMonitor {
    private final ServiceDirectory services;
    private final SeatRegistry seats;
    private final ActivityFeed feed;
    private final ToIntFunction<String> licences;

    Monitor(ServiceDirectory services, SeatRegistry seats, ActivityFeed feed, ToIntFunction<String> licences) {
        this.services = services;
        this.seats = seats;
        this.feed = feed;
        this.licences = licences;
    }

    @Override
    public List<WorkstationInfo> workstations(Session session) {
        return seats.of(adminOffice(session));
    }

    @Override
    public int seatLicences(Session session) {
        return licences.applyAsInt(administration().office(session).code());
    }

    @Override
    public List<Activity> feed(Session session, int max) {
        return feed.latest(adminOffice(session), Math.max(1, Math.min(max, 500)));
    }

    private long adminOffice(Session session) {
        return administration().office(session).id();
    }

    private EmployeeAdministration administration() {
        return (EmployeeAdministration) services.find(EmployeeAdministration.class)
                .orElseThrow(() -> new AccessDeniedException("Employee administration is not running on this server."));
    }
}
