package org.cardfile.core.reports;

import java.sql.Connection;
import java.sql.SQLException;

import org.cardfile.core.security.Session;

/**
 * Read-only connections to the reporting views for one signed-in user. A connection refuses any
 * statement but a query of the reporting views, and every view it reads shows only the rows of the
 * session's office: the scope is enforced here, not left to the layout.
 */
public interface ReportingDatabase {

    /** A new connection for one report run; the caller closes it. */
    Connection open(Session session) throws SQLException;
}
