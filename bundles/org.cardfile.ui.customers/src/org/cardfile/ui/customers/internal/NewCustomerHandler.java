package org.cardfile.ui.customers.internal;

import org.cardfile.ui.internal.handlers.SignedIn;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.e4.core.di.annotations.Execute;

public class NewCustomerHandler extends SignedIn {
    @Execute
    public void execute(EditorOpener editors) {
        editors.open(new RecordRef(RecordType.CUSTOMER, 0), "New customer");
    }
}
