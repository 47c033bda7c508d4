package org.cardfile.core.server;

import java.util.List;

import org.cardfile.core.security.Session;

/** What a networked server shows its admins: the workstations online and what just happened. */
public interface ServerMonitor {

    /** Workstations holding a seat of the admin's office. */
    List<WorkstationInfo> workstations(Session session);

    /** How many workstations of the admin's office may hold a seat at once. */
    int seatLicences(Session session);

    /** The latest events, picks and saves of the admin's office, newest first. */
    List<Activity> feed(Session session, int max);
}
