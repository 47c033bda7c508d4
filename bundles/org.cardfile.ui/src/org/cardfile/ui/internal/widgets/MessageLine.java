package org.cardfile.ui.internal.widgets;

import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Shows a message label only while it has something to say, so the form stays compact. */
public final class MessageLine {
    private MessageLine() {
    }

    /**
     * A problem line under what it is about: dark red, wrapping across {@code columns} of the
     * parent's grid, and taking no room until {@link #show} gives it something to say.
     */
    public static Label problemLine(Composite parent, String id, int columns) {
        Label label = new Label(parent, SWT.WRAP);
        if (id != null) {
            label.setData(Ids.KEY, id);
        }
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.exclude = true;
        label.setLayoutData(data);
        label.setVisible(false);
        return label;
    }

    public static void show(Label label, String text) {
        String shown = text == null ? "" : text;
        label.setText(shown);
        boolean visible = !shown.isEmpty();
        label.setVisible(visible);
        if (label.getLayoutData() instanceof GridData data) {
            data.exclude = !visible;
        }
        label.getParent().layout(true, true);
    }
}
