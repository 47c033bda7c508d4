package org.cardfile.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Saves the active editor through its @Persist method. */
public class SaveHandler {
    @CanExecute
    public boolean dirty(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.isDirty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        parts.savePart(part, false);
    }
}
