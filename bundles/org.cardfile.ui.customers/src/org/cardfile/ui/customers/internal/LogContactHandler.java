package org.cardfile.ui.customers.internal;

import org.cardfile.ui.customers.internal.CustomerEditorPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Moves the keyboard to the Log contact form of the active customer editor. */
public class LogContactHandler {
    @CanExecute
    public boolean inCustomerEditor(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof CustomerEditorPart;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ((CustomerEditorPart) part.getObject()).focusContactLog();
    }
}
