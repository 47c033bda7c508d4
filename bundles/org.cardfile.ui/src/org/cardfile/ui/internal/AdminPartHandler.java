package org.cardfile.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Opens one admin screen in the editor area, or brings it forward; a subclass names the screen
 * and says, with {@code @CanExecute}, who may open it.
 */
public abstract class AdminPartHandler {
    private final String descriptor;

    protected AdminPartHandler(String descriptor) {
        this.descriptor = descriptor;
    }

    @Execute
    public void execute(EPartService parts, EModelService model, MApplication application) {
        EditorArea.show(parts, model, application, descriptor);
    }
}
