package org.cardfile.core.reports;

import java.time.Instant;

/**
 * An office's report data shared with one employee of another office: that employee's reports read
 * the sharing office's rows beside their own office's.
 *
 * @param sharingOfficeId the office whose rows are shared
 * @param employeeId      who may read them
 * @param login           the employee's login
 * @param displayName     the employee's name
 * @param employeeOffice  the name of the office the employee works in
 * @param grantedBy       the login of the admin who shared
 * @param grantedAt       when
 */
public record ReportGrant(long sharingOfficeId, long employeeId, String login, String displayName,
        String employeeOffice, String grantedBy, Instant grantedAt) {
}
