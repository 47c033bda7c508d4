package org.cardfile.ui.internal.capabilities;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.EditorArea;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Admin → Features…: opens the features part beside the editors, or brings it forward. */
public class OpenFeaturesHandler {
    static final String PART = "org.cardfile.ui.partdescriptor.features";

    @CanExecute
    public boolean admin(@Optional Session session, @Optional Capabilities capabilities) {
        return session != null && capabilities != null && session.may(Permission.MANAGE_CAPABILITIES);
    }

    @Execute
    public void execute(EPartService parts, EModelService model, MApplication application) {
        EditorArea.show(parts, model, application, PART);
    }
}
