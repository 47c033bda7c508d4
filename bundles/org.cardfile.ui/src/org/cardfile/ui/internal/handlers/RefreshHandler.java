package org.cardfile.ui.internal.handlers;

import org.cardfile.ui.internal.Topics;

public class RefreshHandler extends PostEventHandler {
    public RefreshHandler() {
        super(Topics.REFRESH);
    }
}
