package org.cardfile.ui.internal.widgets;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

/** Shows a message label only while it has something to say, so the form stays compact. */
public final class MessageLine {
    private MessageLine() {
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
