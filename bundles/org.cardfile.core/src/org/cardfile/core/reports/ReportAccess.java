package org.cardfile.core.reports;

import java.util.List;

import org.cardfile.core.model.Office;
import org.cardfile.core.security.Session;

/**
 * Which offices' rows a user's reports read. Everyone's reports read their own office; an admin may
 * share the office's report data with named employees of other offices (a regional manager, the
 * client company), whose reports then read both. Sharing is the sharing office's decision, so only
 * its admins grant and revoke it, and only reports are widened: every other service stays scoped to
 * the user's own office.
 */
public interface ReportAccess {

    /** The offices whose rows {@code session}'s reports read: the user's own first, then the shared ones by name. */
    List<Office> readableOffices(Session session);

    /** With whom the admin's office shares its report data, by login. */
    List<ReportGrant> grants(Session session);

    /**
     * Shares the admin's office's report data with the employee signed in as {@code login}, who works in
     * another office; sharing again with the same employee changes nothing. A login that does not exist,
     * is inactive or belongs to the admin's own office is refused with a
     * {@link org.cardfile.core.service.ValidationException} on {@code login}.
     */
    ReportGrant grant(Session session, String login);

    /** Stops sharing with the employee; true when there was something to stop. */
    boolean revoke(Session session, long employeeId);
}
