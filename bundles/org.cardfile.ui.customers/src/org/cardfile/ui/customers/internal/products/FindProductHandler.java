package org.cardfile.ui.customers.internal.products;

import org.cardfile.ui.internal.handlers.PostEventHandler;
import org.cardfile.ui.internal.Topics;

public class FindProductHandler extends PostEventHandler {
    public FindProductHandler() {
        super(Topics.FIND_PRODUCT);
    }
}
