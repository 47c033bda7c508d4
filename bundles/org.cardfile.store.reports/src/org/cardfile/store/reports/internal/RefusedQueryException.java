package org.cardfile.store.reports.internal;

import java.sql.SQLException;

/**
 * A statement a report may not run, with why. An {@link SQLException} (SQL state 42501, insufficient
 * privilege) so it reaches the report engine the way a database's own refusal would, and its message
 * reaches the user.
 */
public class RefusedQueryException extends SQLException {
    private static final long serialVersionUID = 1L;

    public RefusedQueryException(String reason) {
        super("Reports may only read the reporting views: " + reason, "42501");
    }
}
