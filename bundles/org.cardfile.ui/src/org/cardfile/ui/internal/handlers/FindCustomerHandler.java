package org.cardfile.ui.internal.handlers;

import org.cardfile.ui.internal.Topics;

public class FindCustomerHandler extends PostEventHandler {
    public FindCustomerHandler() {
        super(Topics.FIND_CUSTOMER);
    }
}
