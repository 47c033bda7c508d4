package org.cardfile.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * The stack in the middle of the main perspective where records and admin screens open. After a
 * sign-out (every editor closed, the sign-in perspective shown) and the next sign-in, the workbench
 * was seen to have dropped the empty stack from the model; it is put back where it was, so the next
 * user's editors have their place.
 */
public final class EditorArea {
    public static final String STACK = "org.cardfile.ui.partstack.editors";
    private static final String MAIN_SASH = "org.cardfile.ui.sash.main";

    private EditorArea() {
    }

    /** Opens the one part of {@code descriptor} in the editor area, or brings it forward. */
    public static void show(EPartService parts, EModelService model, MApplication application, String descriptor) {
        MPart part = parts.findPart(descriptor);
        if (part == null) {
            part = parts.createPart(descriptor);
            stack(model, application).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }

    public static MPartStack stack(EModelService model, MApplication application) {
        if (model.find(STACK, application) instanceof MPartStack stack) {
            return stack;
        }
        MPartStack stack = model.createModelElement(MPartStack.class);
        stack.setElementId(STACK);
        stack.setContainerData("46");
        MPartSashContainer sash = (MPartSashContainer) model.find(MAIN_SASH, application);
        sash.getChildren().add(Math.min(1, sash.getChildren().size()), stack);
        return stack;
    }
}
