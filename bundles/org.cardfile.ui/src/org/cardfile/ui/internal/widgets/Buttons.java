package org.cardfile.ui.internal.widgets;

import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Push buttons with a stable id that run an action when pressed. */
public final class Buttons {
    private Buttons() {
    }

    public static Button push(Composite parent, String id, String text, Runnable action) {
        Button b = Ids.tag(new Button(parent, SWT.PUSH), id);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** The same, with a tooltip saying more than the label. */
    public static Button push(Composite parent, String id, String text, String tip, Runnable action) {
        Button b = push(parent, id, text, action);
        b.setToolTipText(tip);
        return b;
    }
}
