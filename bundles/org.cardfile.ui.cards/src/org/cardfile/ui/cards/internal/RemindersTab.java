package org.cardfile.ui.cards.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cardfile.core.cards.CardReminder;
import org.cardfile.ui.cards.CardEditor;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The card's follow-ups and appointments, soonest first, with a due/overdue indicator. Changes
 * are part of the card and saved with it.
 */
final class RemindersTab {
    private final Composite root;
    private final Table table;
    private final List<ReminderKind> kinds;
    private final Runnable changed;
    private final ContributedActions actions;
    private final List<CardReminder> reminders = new ArrayList<>();
    private final Button done;
    private final Button remove;
    private final Button add;
    private final boolean editable;

    /** @param actions makes the buttons of the reminder actions installed capabilities contribute */
    RemindersTab(Composite parent, List<ReminderKind> kinds, ContributedActions actions, Runnable changed,
            boolean editable) {
        this.editable = editable;
        this.kinds = kinds;
        this.actions = actions;
        this.changed = changed;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        table = Tables.create(root, "card.reminders", new String[] { "Due", "What", "Kind", "For", "State" },
                new int[] { 130, 260, 100, 120, 90 });
        ((GridData) table.getLayoutData()).horizontalSpan = 5;
        add = Ids.tag(new Button(root, SWT.PUSH), "card.reminders.add");
        add.setText("Add…");
        add.addListener(SWT.Selection, e -> add());
        done = Ids.tag(new Button(root, SWT.PUSH), "card.reminders.done");
        done.setText("Mark done");
        done.addListener(SWT.Selection, e -> markDone());
        remove = Ids.tag(new Button(root, SWT.PUSH), "card.reminders.remove");
        remove.setText("Remove");
        remove.addListener(SWT.Selection, e -> remove());
        Composite contributed = new Composite(root, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.marginTop = 0;
        contributed.setLayout(row);
        contributed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        actions.addTo(contributed, CardEditor.REMINDER_ACTION_TAG);
        table.addListener(SWT.Selection, e -> enable());
        enable();
    }

    Control control() {
        return root;
    }

    void show(List<CardReminder> shown) {
        reminders.clear();
        reminders.addAll(shown);
        draw();
    }

    List<CardReminder> read() {
        return List.copyOf(reminders);
    }

    private void draw() {
        reminders.sort(Comparator.comparing(CardReminder::due));
        table.removeAll();
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        for (CardReminder r : reminders) {
            TableItem item = new TableItem(table, SWT.NONE);
            CardReminder.State state = r.state(now, zone);
            item.setText(new String[] { Tables.when(r.due()), r.title(), r.kind().label(),
                    r.assigneeName().isEmpty() ? "me" : r.assigneeName(), label(state) });
            Color colour = switch (state) {
                case OVERDUE -> table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
                case DUE_TODAY -> table.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
                case DONE -> table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                case UPCOMING -> null;
            };
            item.setForeground(colour);
        }
        enable();
    }

    private static String label(CardReminder.State state) {
        return switch (state) {
            case OVERDUE -> "Overdue";
            case DUE_TODAY -> "Due today";
            case DONE -> "Done";
            case UPCOMING -> "Upcoming";
        };
    }

    private void enable() {
        boolean one = selected() != null;
        add.setEnabled(editable);
        done.setEnabled(editable && one && !selected().done());
        remove.setEnabled(editable && one);
        actions.refresh();
    }

    /** The follow-up or appointment the rep chose in the list. */
    java.util.Optional<CardReminder> selectedReminder() {
        return java.util.Optional.ofNullable(selected());
    }

    private CardReminder selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= reminders.size() ? null : reminders.get(i);
    }

    private void add() {
        ReminderDialog dialog = new ReminderDialog(root.getShell(), kinds);
        if (dialog.open() == ReminderDialog.OK) {
            reminders.add(dialog.reminder());
            draw();
            changed.run();
        }
    }

    private void markDone() {
        CardReminder r = selected();
        if (r != null) {
            reminders.set(reminders.indexOf(r), new CardReminder(r.id(), r.kind(), r.title(), r.due(),
                    r.durationMinutes(), r.assigneeId(), r.assigneeName(), true));
            draw();
            changed.run();
        }
    }

    private void remove() {
        CardReminder r = selected();
        if (r != null) {
            reminders.remove(r);
            draw();
            changed.run();
        }
    }
}
