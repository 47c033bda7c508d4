package org.cardfile.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

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
