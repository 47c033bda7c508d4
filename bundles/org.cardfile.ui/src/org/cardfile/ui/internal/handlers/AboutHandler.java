package org.cardfile.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

public class AboutHandler {
    @Execute
    public void execute(Shell shell) {
        MessageDialog.openInformation(shell, "About Cardfile", "Cardfile — one customer and product database for "
                + "call centers, leasing offices, repair facilities, warehouses and the client company.");
    }
}
