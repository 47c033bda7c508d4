package org.cardfile.ui.internal.capabilities;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.AdminPartHandler;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Admin → Features…: opens the features part beside the editors, or brings it forward. */
public class OpenFeaturesHandler extends AdminPartHandler {
    public OpenFeaturesHandler() {
        super("org.cardfile.ui.partdescriptor.features");
    }

    @CanExecute
    public boolean admin(@Optional Session session, @Optional Capabilities capabilities) {
        return session != null && capabilities != null && session.may(Permission.MANAGE_CAPABILITIES);
    }
}
