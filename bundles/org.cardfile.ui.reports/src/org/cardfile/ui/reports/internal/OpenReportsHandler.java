package org.cardfile.ui.reports.internal;

import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.AdminPartHandler;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Reports → Reports… (Ctrl+Shift+R): opens the Reports part in the editor area, or brings it forward.
 * On a networked workstation the reports service is the server's (ranked above the local engine), so
 * reports run there, next to the data.
 */
public class OpenReportsHandler extends AdminPartHandler {
    static final String DESCRIPTOR = "org.cardfile.ui.reports.partdescriptor.reports";

    public OpenReportsHandler() {
        super(DESCRIPTOR);
    }

    @CanExecute
    public boolean mayRunReports(@Optional Session session, IEclipseContext context) {
        if (session == null || !session.may(Permission.RUN_REPORTS)) {
            return false;
        }
        return context.get(Reports.class) != null;
    }
}
