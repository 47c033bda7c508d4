package org.cardfile.ui.internal;

import org.eclipse.swt.widgets.Widget;

/** Stable widget ids: what UI tests, and people describing a screen, refer to. */
public final class Ids {
    public static final String KEY = "id";

    private Ids() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
