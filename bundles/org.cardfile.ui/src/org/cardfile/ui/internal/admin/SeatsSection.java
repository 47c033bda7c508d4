package org.cardfile.ui.internal.admin;

import org.cardfile.core.security.Session;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.server.WorkstationInfo;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The office's seat licences and the workstations holding one now (networked mode only). */
final class SeatsSection {
    private final Label summary;
    private final Table workstations;

    SeatsSection(Composite parent) {
        summary = Ids.tag(new Label(parent, SWT.WRAP), "reps.seats");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        workstations = Tables.create(parent, "reps.workstations",
                new String[] { "Workstation", "Address", "Since", "Live updates" }, new int[] { 180, 160, 130, 100 });
    }

    void show(ServerMonitor monitor, Session session) {
        workstations.removeAll();
        if (monitor == null) {
            summary.setText("This is a stand-alone workbench: it holds no seat licence and no other workstation"
                    + " shares its database.");
            return;
        }
        try {
            var online = monitor.workstations(session);
            summary.setText(online.size() + " of " + monitor.seatLicences(session) + " seat licences of "
                    + session.office().name() + " are in use.");
            for (WorkstationInfo w : online) {
                new TableItem(workstations, SWT.NONE).setText(new String[] { w.name(), w.remoteAddress(),
                        Tables.when(w.since()), w.listening() ? "yes" : "no" });
            }
        } catch (RuntimeException e) {
            summary.setText(Problems.describe("read the office's seats", e));
        }
    }
}
