package org.cardfile.ui.servermonitor.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.server.Activity;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.server.WorkstationInfo;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * For admins of a networked installation: the office's workstations online and the live feed of
 * call events, picks and saves. A stand-alone workbench has no server and says so.
 */
public class ServerPart {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final int REFRESH_MILLIS = 5_000;

    @Inject
    private Session session;
    @Inject
    @Optional
    private ServerMonitor monitor;

    private Label status;
    private Table workstations;
    private Table feed;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = Ids.tag(new Label(parent, SWT.WRAP), "server.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(parent, SWT.NONE).setText("Workstations online");
        workstations = table(parent, "server.workstations", new String[] { "Name", "Address", "Since", "Listening" },
                new int[] { 120, 140, 80, 70 });
        new Label(parent, SWT.NONE).setText("Transaction feed");
        feed = table(parent, "server.feed", new String[] { "Time", "Who", "What" }, new int[] { 80, 120, 220 });
        reload();
        parent.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    private static Table table(Composite parent, String id, String[] columns, int[] widths) {
        Table t = Ids.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), id);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < columns.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(columns[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    private void tick() {
        if (feed.isDisposed()) {
            return;
        }
        reload();
        feed.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    private void reload() {
        if (monitor == null) {
            status.setText("Stand-alone: this workbench has its own database and no server.");
            return;
        }
        if (!session.may(Permission.MANAGE_USERS)) {
            status.setText("Only admins see the server's workstations and feed.");
            return;
        }
        try {
            List<WorkstationInfo> online = monitor.workstations(session);
            List<Activity> latest = monitor.feed(session, 200);
            status.setText(online.size() + " workstation(s) of " + session.office().name() + " online");
            workstations.removeAll();
            for (WorkstationInfo w : online) {
                new TableItem(workstations, SWT.NONE).setText(new String[] { w.name(), w.remoteAddress(),
                        TIME.format(w.since()), w.listening() ? "yes" : "no" });
            }
            feed.removeAll();
            for (Activity a : latest) {
                new TableItem(feed, SWT.NONE).setText(new String[] { TIME.format(a.at()), a.who(), a.what() });
            }
        } catch (RuntimeException e) {
            status.setText(Problems.describe("read the server's state", e));
        }
        status.getParent().layout(true, true);
    }

    @Inject
    @Optional
    void callChanged(@UIEventTopic(CallTopics.CHANGED) Event event) {
        if (feed != null && !feed.isDisposed()) {
            reload();
        }
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        if (feed != null && !feed.isDisposed()) {
            reload();
        }
    }
}
