package org.cardfile.ui.customers.internal;

import org.cardfile.ui.internal.handlers.PostEventHandler;
import org.cardfile.ui.internal.Topics;

public class FindCustomerHandler extends PostEventHandler {
    public FindCustomerHandler() {
        super(Topics.FIND_CUSTOMER);
    }
}
