package org.cardfile.ui.customers.internal.products;

import org.cardfile.ui.internal.handlers.SignedIn;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.e4.core.di.annotations.Execute;

public class NewProductHandler extends SignedIn {
    @Execute
    public void execute(EditorOpener editors) {
        editors.open(new RecordRef(RecordType.PRODUCT, 0), "New product");
    }
}
