package org.cardfile.ui.cards.internal;

import java.util.List;

import org.cardfile.core.model.Office;
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
import org.eclipse.swt.widgets.Text;

/** Send to Community: which office gets the card, and a note for the rep who picks it up there. */
final class SendToOfficeDialog extends Dialog {
    private final List<Office> offices;
    private final String cardTitle;
    private Combo office;
    private Text note;
    private Label message;
    private Office chosen;
    private String noteText = "";

    SendToOfficeDialog(Shell parent, List<Office> offices, String cardTitle) {
        super(parent);
        this.offices = offices;
        this.cardTitle = cardTitle;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Send " + cardTitle + " to another office");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Office");
        office = Ids.tag(new Combo(area, SWT.READ_ONLY), "send.office");
        offices.forEach(o -> office.add(o.name()));
        office.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label noteLabel = new Label(area, SWT.NONE);
        noteLabel.setText("Note for them");
        noteLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        note = Ids.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP), "send.note");
        GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, true);
        noteData.widthHint = 360;
        noteData.heightHint = 70;
        note.setLayoutData(noteData);
        note.setTextLimit(1000);
        Label explain = new Label(area, SWT.WRAP);
        explain.setText("The card, its notes and reminders are copied; it appears in that office's incoming list"
                + " as a transfer.");
        GridData explainData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        explainData.widthHint = 440;
        explain.setLayoutData(explainData);
        message = MessageLine.problemLine(area, null, 2);
        if (offices.size() == 1) {
            office.select(0);
        }
        return area;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            int i = office.getSelectionIndex();
            if (i < 0) {
                MessageLine.show(message, "Choose the office to send the card to.");
                return;
            }
            chosen = offices.get(i);
            noteText = note.getText().strip();
        }
        super.buttonPressed(id);
    }

    Office office() {
        return chosen;
    }

    String note() {
        return noteText;
    }
}
