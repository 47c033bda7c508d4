package org.cardfile.ui.internal.handlers;

import java.util.List;

import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.SignedInParts;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Saves or discards open editors (asking), closes them, ends the session and shows the sign-in screen. */
public class SignOutHandler extends SignedIn {
    /** Tag of parts that hold the signed-in session (Admin → Features): they close with it. */
    public static final String CLOSE_ON_SIGN_OUT = "cardfile.closeOnSignOut";

    @Execute
    public void execute(Session session, AuthenticationService authentication, EPartService parts, EModelService model,
            MApplication application) {
        if (!parts.saveAll(true)) {
            return;
        }
        List<MPart> editors = parts.getParts().stream()
                .filter(p -> p.getTransientData().containsKey(EditorOpener.INPUT) || p.getTags().contains(CLOSE_ON_SIGN_OUT))
                .toList();
        editors.forEach(p -> parts.hidePart(p, true));
        authentication.signOut(session);
        SignedInParts.takeDown(model, application);
        application.getContext().remove(Session.class);
        parts.switchPerspective((MPerspective) model.find("org.cardfile.ui.perspective.login", application));
    }
}
