package org.cardfile.ui.reports.internal;

import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.AdminPartHandler;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Reports → Reports… (Ctrl+Shift+R): opens the Reports part in the editor area, or brings it forward. */
public class OpenReportsHandler extends AdminPartHandler {
    static final String DESCRIPTOR = "org.cardfile.ui.reports.partdescriptor.reports";
    /** The property the networked workstation's services carry: the server that answers them. */
    private static final String SERVED_BY = "cardfile.server";

    public OpenReportsHandler() {
        super(DESCRIPTOR);
    }

    @CanExecute
    public boolean mayRunReports(@Optional Session session, IEclipseContext context) {
        if (session == null || !session.may(Permission.RUN_REPORTS) || networked()) {
            return false;
        }
        return context.get(Reports.class) != null;
    }

    /**
     * Reports read the database next to them; a networked workstation has none of its own, and asking
     * for the report service there would start an embedded store nobody wants. Until reports run on
     * the server, the menu stays off on a workstation the server serves.
     */
    private static boolean networked() {
        BundleContext context = FrameworkUtil.getBundle(OpenReportsHandler.class).getBundleContext();
        ServiceReference<AuthenticationService> signIn = context.getServiceReference(AuthenticationService.class);
        return signIn != null && signIn.getProperty(SERVED_BY) != null;
    }
}
