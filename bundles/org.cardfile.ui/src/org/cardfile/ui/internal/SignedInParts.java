package org.cardfile.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * The parts of the main perspective hold the session they were made with. Sign-out takes them down
 * with it and sign-in makes them again, so the next user's lists, calls and changes are read with the
 * next user's session, never with the one that ended.
 */
public final class SignedInParts {
    private static final String PERSPECTIVE = "org.cardfile.ui.perspective.main";
    private static final String TAKEN_DOWN = "cardfile.takenDownAtSignOut";
    private static final String SELECTED = "cardfile.selectedAtSignOut";

    private SignedInParts() {
    }

    public static void takeDown(EModelService model, MApplication application) {
        MUIElement main = model.find(PERSPECTIVE, application);
        for (MPartStack stack : model.findElements(main, null, MPartStack.class, null)) {
            stack.getTransientData().put(SELECTED, stack.getSelectedElement());
        }
        for (MPart part : parts(model, main)) {
            if (part.isToBeRendered()) {
                part.getTags().add(TAKEN_DOWN);
                part.setToBeRendered(false);
            }
        }
    }

    public static void bringBack(EModelService model, MApplication application) {
        MUIElement main = model.find(PERSPECTIVE, application);
        for (MPart part : parts(model, main)) {
            if (part.getTags().remove(TAKEN_DOWN)) {
                part.setToBeRendered(true);
            }
        }
        for (MPartStack stack : model.findElements(main, null, MPartStack.class, null)) {
            if (stack.getTransientData().remove(SELECTED) instanceof MPart selected && selected.isToBeRendered()
                    && stack.getChildren().contains(selected)) {
                stack.setSelectedElement(selected);
            }
        }
    }

    private static List<MPart> parts(EModelService model, MUIElement main) {
        return model.findElements(main, null, MPart.class, null);
    }
}
