package org.cardfile.ui.calls.internal;

import org.cardfile.ui.internal.widgets.CallText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cardfile.core.calls.CallAlreadyTakenException;
import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.calls.Disposition;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The office's incoming calls, live: a new call, a status change or a colleague's pick shows the
 * moment it is broadcast. Enter or a double-click takes the selected call and opens the caller's
 * record; missed calls wait under Missed until someone gives them a disposition.
 */
public class IncomingCallsPart {
    private static final int RECENT_MINUTES = 60;

    @Inject
    private IncomingCalls calls;
    @Inject
    private Session session;
    @Inject
    private CallPicker picker;

    private Label message;
    private CallTable live;
    private CallTable missed;
    private CTabItem missedTab;
    private Combo disposition;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        message = Ids.tag(new Label(parent, SWT.WRAP), "calls.message");
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.exclude = true;
        message.setLayoutData(messageData);

        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite liveBox = new Composite(tabs, SWT.NONE);
        liveBox.setLayout(new GridLayout(1, false));
        live = new CallTable(liveBox, "calls.live", SWT.NONE);
        live.onOpen(this::take);
        Button take = Ids.tag(new Button(liveBox, SWT.PUSH), "calls.take");
        take.setText("Take call (Enter)");
        take.setEnabled(session.may(Permission.TAKE_CALLS));
        take.addListener(SWT.Selection, e -> live.selected().ifPresent(this::take));
        CTabItem liveTab = new CTabItem(tabs, SWT.NONE);
        liveTab.setText("Live");
        liveTab.setControl(liveBox);

        Composite missedBox = new Composite(tabs, SWT.NONE);
        missedBox.setLayout(new GridLayout(3, false));
        missed = new CallTable(missedBox, "calls.missed", SWT.CHECK);
        ((GridData) missed.table().getLayoutData()).horizontalSpan = 3;
        missed.onOpen(this::take);
        new Label(missedBox, SWT.NONE).setText("Checked calls:");
        disposition = Ids.tag(new Combo(missedBox, SWT.READ_ONLY), "calls.disposition");
        for (Disposition d : Disposition.values()) {
            disposition.add(d.label());
        }
        disposition.select(0);
        Button dispose = Ids.tag(new Button(missedBox, SWT.PUSH), "calls.dispose");
        dispose.setText("Apply");
        dispose.setEnabled(session.may(Permission.TAKE_CALLS));
        dispose.addListener(SWT.Selection, e -> dispose());
        missedTab = new CTabItem(tabs, SWT.NONE);
        missedTab.setControl(missedBox);
        tabs.setSelection(liveTab);
        reload();
    }

    private void take(IncomingCall call) {
        try {
            picker.take(call);
            MessageLine.show(message, "");
        } catch (CallAlreadyTakenException e) {
            MessageLine.show(message, e.getMessage());
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("take the call", e));
        }
        reload();
    }

    private void dispose() {
        List<Long> checked = missed.checked();
        if (checked.isEmpty()) {
            MessageLine.show(message, "Check the missed calls to mark first.");
            return;
        }
        try {
            Disposition d = Disposition.values()[disposition.getSelectionIndex()];
            int n = calls.dispose(session, checked, d);
            MessageLine.show(message, "");
            missed.table().setToolTipText(n + " call(s) marked " + d.label().toLowerCase());
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("mark the missed calls", e));
        }
        reload();
    }

    private void reload() {
        if (live.table().isDisposed()) {
            return;
        }
        try {
            live.show(calls.live(session, RECENT_MINUTES));
            List<IncomingCall> waiting = calls.triage(session);
            missed.show(waiting);
            missedTab.setText(waiting.isEmpty() ? "Missed" : "Missed (" + waiting.size() + ")");
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("read the incoming calls", e));
        }
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(CallTopics.CHANGED) Event event) {
        Object office = event.getProperty(CallTopics.OFFICE_ID);
        if (office instanceof Long id && id == session.officeId() && live != null) {
            reload();
        }
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        if (live != null) {
            reload();
        }
    }

    @Focus
    public void focus() {
        live.table().setFocus();
    }

    /** A table of calls that keeps the selection across reloads and ticks running durations. */
    static final class CallTable {
        private static final String[] COLUMNS = { "Status", "Caller", "Number", "Dialled", "Started", "Duration",
                "Taken by", "History" };
        private static final int[] WIDTHS = { 80, 140, 110, 200, 80, 60, 100, 260 };
        private final Table table;
        private List<IncomingCall> rows = List.of();

        CallTable(Composite parent, String id, int style) {
            table = Ids.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | style), id);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            for (int i = 0; i < COLUMNS.length; i++) {
                org.eclipse.swt.widgets.TableColumn c = new org.eclipse.swt.widgets.TableColumn(table, SWT.LEFT);
                c.setText(COLUMNS[i]);
                c.setWidth(WIDTHS[i]);
            }
            table.getDisplay().timerExec(1000, this::tick);
        }

        Table table() {
            return table;
        }

        void onOpen(java.util.function.Consumer<IncomingCall> open) {
            table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(open));
        }

        java.util.Optional<IncomingCall> selected() {
            int i = table.getSelectionIndex();
            return i < 0 || i >= rows.size() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(i));
        }

        List<Long> checked() {
            List<Long> ids = new ArrayList<>();
            TableItem[] items = table.getItems();
            for (int i = 0; i < items.length && i < rows.size(); i++) {
                if (items[i].getChecked()) {
                    ids.add(rows.get(i).id());
                }
            }
            return ids;
        }

        void show(List<IncomingCall> calls) {
            long selectedId = selected().map(IncomingCall::id).orElse(-1L);
            List<Long> checked = checked();
            rows = List.copyOf(calls);
            table.setItemCount(rows.size());
            Instant now = Instant.now();
            for (int i = 0; i < rows.size(); i++) {
                IncomingCall c = rows.get(i);
                TableItem item = table.getItem(i);
                item.setText(new String[] { CallText.status(c), c.callerLabel(), c.ani(), CallText.source(c),
                        CallText.time(c.startedAt()), CallText.duration(c, now), c.takenBy(), CallText.history(c) });
                item.setChecked(checked.contains(c.id()));
                item.setData(c);
                if (c.id() == selectedId) {
                    table.select(i);
                }
            }
            if (table.getSelectionIndex() < 0 && !rows.isEmpty()) {
                table.select(0);
            }
        }

        private void tick() {
            if (table.isDisposed()) {
                return;
            }
            Instant now = Instant.now();
            TableItem[] items = table.getItems();
            for (int i = 0; i < items.length && i < rows.size(); i++) {
                if (rows.get(i).endedAt() == null) {
                    items[i].setText(5, CallText.duration(rows.get(i), now));
                }
            }
            table.getDisplay().timerExec(1000, this::tick);
        }
    }
}
