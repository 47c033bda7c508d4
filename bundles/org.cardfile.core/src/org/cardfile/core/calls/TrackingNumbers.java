package org.cardfile.core.calls;

import java.util.List;

import org.cardfile.core.security.Session;

/** The advertised numbers that route calls to the session's office; admins manage them. */
public interface TrackingNumbers {

    List<TrackingNumber> list(Session session);

    /**
     * Adds ({@code id == 0}) or changes a tracking number of the session's office.
     *
     * @throws org.cardfile.core.service.ValidationException    not a phone number, no source, or the
     *                                                          number already routes somewhere
     * @throws org.cardfile.core.service.StaleRecordException  changed by someone else meanwhile
     */
    TrackingNumber save(Session session, TrackingNumber number);

    void remove(Session session, long id);
}
