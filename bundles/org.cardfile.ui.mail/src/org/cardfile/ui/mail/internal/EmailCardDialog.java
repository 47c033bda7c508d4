package org.cardfile.ui.mail.internal;

import java.util.List;
import java.util.Map;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.EmailPreset;
import org.cardfile.core.cards.PresetText;
import org.cardfile.core.mail.OutgoingMail;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * E-mail from a card: choose one of the template's prepared texts, already personalised from the
 * card's fields, adjust it, send. Nothing typed is lost when a check refuses.
 */
final class EmailCardDialog extends Dialog {
    private final CardLayout layout;
    private final Map<String, String> values;
    private final String rep;
    private final String office;
    private final String to;
    private final String toName;
    private final String sender;
    private Combo preset;
    private Text recipient;
    private Text subject;
    private Text body;
    private Label message;
    private OutgoingMail mail;

    EmailCardDialog(Shell parent, CardLayout layout, Map<String, String> values, String rep, String office, String to,
            String toName, String sender) {
        super(parent);
        this.layout = layout;
        this.values = values;
        this.rep = rep;
        this.office = office;
        this.to = to;
        this.toName = toName;
        this.sender = sender;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("E-mail " + layout.titleOf(values));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Prepared text");
        preset = Ids.tag(new Combo(area, SWT.READ_ONLY), "email.preset");
        preset.add("(none)");
        List<EmailPreset> presets = layout.emailPresets();
        presets.forEach(p -> preset.add(p.name()));
        preset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("To");
        recipient = Ids.tag(new Text(area, SWT.BORDER), "email.to");
        recipient.setText(to);
        recipient.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Subject");
        subject = Ids.tag(new Text(area, SWT.BORDER), "email.subject");
        subject.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label bodyLabel = new Label(area, SWT.NONE);
        bodyLabel.setText("Message");
        bodyLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        body = Ids.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "email.body");
        GridData bodyData = new GridData(SWT.FILL, SWT.FILL, true, true);
        bodyData.widthHint = 480;
        bodyData.heightHint = 220;
        body.setLayoutData(bodyData);
        Label from = new Label(area, SWT.WRAP);
        from.setText("Sent through " + sender);
        from.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        message = MessageLine.problemLine(area, null, 2);
        preset.addListener(SWT.Selection, e -> {
            int i = preset.getSelectionIndex() - 1;
            if (i >= 0) {
                EmailPreset p = presets.get(i);
                subject.setText(PresetText.render(p.subject(), layout, values, rep, office));
                body.setText(PresetText.render(p.body(), layout, values, rep, office));
            }
        });
        if (!presets.isEmpty()) {
            preset.select(1);
            preset.notifyListeners(SWT.Selection, null);
        } else {
            preset.select(0);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button send = createButton(parent, IDialogConstants.OK_ID, "Send", true);
        Ids.tag(send, "email.send");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            String address = recipient.getText().strip();
            if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                MessageLine.show(message, "Type the recipient's e-mail address, e.g. name@example.com.");
                return;
            }
            if (subject.getText().isBlank()) {
                MessageLine.show(message, "Type a subject.");
                return;
            }
            mail = new OutgoingMail(address, address.equalsIgnoreCase(to) ? toName : "", subject.getText().strip(),
                    body.getText().replace("\r\n", "\n"));
        }
        super.buttonPressed(id);
    }

    OutgoingMail mail() {
        return mail;
    }
}
