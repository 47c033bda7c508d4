package org.cardfile.ui.internal.handlers;

import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Closes the active record editor, asking first when it has unsaved changes. */
public class CloseEditorHandler {
    @CanExecute
    public boolean isEditor(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getTransientData().containsKey(EditorOpener.INPUT);
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        if (!part.isDirty() || parts.savePart(part, true)) {
            parts.hidePart(part, true);
        }
    }
}
