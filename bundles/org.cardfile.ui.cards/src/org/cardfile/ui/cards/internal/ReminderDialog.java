package org.cardfile.ui.cards.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** A new follow-up or appointment: what, when, and for an appointment how long. Refuses a date it cannot read and keeps the typing. */
final class ReminderDialog extends Dialog {
    private final List<ReminderKind> kinds;
    private Combo kind;
    private Text title;
    private Text due;
    private Spinner minutes;
    private Label message;
    private CardReminder reminder;

    ReminderDialog(Shell parent, List<ReminderKind> kinds) {
        super(parent);
        this.kinds = kinds.isEmpty() ? List.of(ReminderKind.FOLLOW_UP) : kinds;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add follow-up or appointment");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Kind");
        kind = Ids.tag(new Combo(area, SWT.READ_ONLY), "reminder.kind");
        kinds.forEach(k -> kind.add(k.label()));
        kind.select(0);
        new Label(area, SWT.NONE).setText("What");
        title = Ids.tag(new Text(area, SWT.BORDER), "reminder.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ((GridData) title.getLayoutData()).widthHint = 280;
        new Label(area, SWT.NONE).setText("When");
        due = Ids.tag(new Text(area, SWT.BORDER), "reminder.due");
        due.setMessage("YYYY-MM-DD HH:MM");
        due.setText(LocalDateTime.now().plusDays(1).withHour(10).withMinute(0).toString().substring(0, 16).replace('T', ' '));
        due.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Minutes (appointments)");
        minutes = Ids.tag(new Spinner(area, SWT.BORDER), "reminder.minutes");
        minutes.setValues(60, 0, 24 * 60, 0, 15, 60);
        message = MessageLine.problemLine(area, null, 2);
        return area;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            String what = title.getText().strip();
            if (what.isEmpty()) {
                MessageLine.show(message, "Say what to do, e.g. \"Call back about the two-bedroom\".");
                return;
            }
            LocalDateTime when;
            try {
                when = LocalDateTime.parse(due.getText().strip().replaceFirst("\\s+", "T"));
            } catch (DateTimeParseException e) {
                MessageLine.show(message, "Type when as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.");
                return;
            }
            ReminderKind k = kinds.get(Math.max(0, kind.getSelectionIndex()));
            reminder = new CardReminder(0, k, what, when.atZone(ZoneId.systemDefault()).toInstant(),
                    k == ReminderKind.APPOINTMENT ? minutes.getSelection() : 0, 0, "", false);
        }
        super.buttonPressed(id);
    }

    CardReminder reminder() {
        return reminder;
    }
}
