package org.cardfile.ui.internal.widgets;

import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A labelled text field with a message line under it, in a two-column grid. The message is where
 * a refused value is explained, right beside what the user typed (which is never cleared).
 */
public final class FieldRow {
    private final Text text;
    private final Label message;

    public FieldRow(Composite grid, String label, String id, int style) {
        new Label(grid, SWT.NONE).setText(label);
        text = Ids.tag(new Text(grid, style), id);
        GridData data = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true, false);
        data.widthHint = 240;
        if ((style & SWT.MULTI) != 0) {
            data.heightHint = 60;
        }
        text.setLayoutData(data);
        message = Ids.tag(new Label(grid, SWT.WRAP), id + ".message");
        message.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED));
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        messageData.exclude = true;
        message.setLayoutData(messageData);
        message.setVisible(false);
    }

    public FieldRow(Composite grid, String label, String id) {
        this(grid, label, id, SWT.BORDER | SWT.SINGLE);
    }

    public Text text() {
        return text;
    }

    public String value() {
        return text.getText().strip();
    }

    public void show(String value) {
        text.setText(value == null ? "" : value);
    }

    public void error(String problem) {
        MessageLine.show(message, problem);
    }

    public void clearError() {
        MessageLine.show(message, "");
    }
}
