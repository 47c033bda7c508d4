package org.cardfile.store.reports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.cardfile.core.model.Office;
import org.cardfile.core.reports.ReportAccess;
import org.cardfile.core.reports.ReportingDatabase;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.CapabilityStore;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Report connections on the store's own database: read-only, in a transaction of their own, and
 * confined by {@link ReportQueryScope} to the offices {@link ReportAccess} says the signed-in user's
 * reports read.
 */
@Component(service = ReportingDatabase.class)
public class OfficeScopedReportingDatabase implements ReportingDatabase {
    private final DataSource dataSource;
    private final SessionRegistry sessions;
    private final ReportAccess access;
    /**
     * Held for what binding does: each capability's store starts, so its tables and reporting views
     * are migrated before a report reads the catalogue.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CapabilityStore> stores;

    @Activate
    public OfficeScopedReportingDatabase(@Reference JpaStore store, @Reference SessionRegistry sessions,
            @Reference ReportAccess access) {
        this(store.database().dataSource(), sessions, access);
    }

    public OfficeScopedReportingDatabase(DataSource dataSource, SessionRegistry sessions, ReportAccess access) {
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.access = access;
    }

    @Override
    public Connection open(Session session) throws SQLException {
        Session known = sessions.require(session, Permission.RUN_REPORTS);
        List<Long> offices = access.readableOffices(known).stream().map(Office::id).toList();
        Connection raw = dataSource.getConnection();
        try {
            raw.setReadOnly(true);
            raw.setAutoCommit(false);
            return ScopedConnection.of(raw, new ReportQueryScope(ReportingViews.of(raw), offices));
        } catch (SQLException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
