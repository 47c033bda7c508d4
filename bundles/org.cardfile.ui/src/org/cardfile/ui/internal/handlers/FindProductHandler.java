package org.cardfile.ui.internal.handlers;

import org.cardfile.ui.internal.Topics;

public class FindProductHandler extends PostEventHandler {
    public FindProductHandler() {
        super(Topics.FIND_PRODUCT);
    }
}
