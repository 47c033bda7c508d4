package org.cardfile.ui.internal.capabilities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.junit.jupiter.api.Test;

/** What a capability switched off takes from the window, and what it must leave alone. */
class HiddenContributionsTest {
    private static final String CARDS_UI = "org.cardfile.ui.cards";

    private final MApplication application = MApplicationFactory.INSTANCE.createApplication();
    private final MPartStack editors = MBasicFactory.INSTANCE.createPartStack();
    private final HiddenContributions hidden = new HiddenContributions();

    HiddenContributionsTest() {
        MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
        window.getChildren().add(editors);
        application.getChildren().add(window);
    }

    private MPart cardEditor(boolean dirty) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(CARDS_UI + ".partdescriptor.card");
        part.setDirty(dirty);
        editors.getChildren().add(part);
        return part;
    }

    @Test
    void aCardEditorWithUnsavedTypingStaysWhenCardsGoOffAndASavedOneGoes() {
        MPart typing = cardEditor(true);
        MPart saved = cardEditor(false);

        hidden.apply(application, Set.of(CARDS_UI));

        assertTrue(typing.isToBeRendered(), "the rep's unsaved card is not disposed under them");
        assertFalse(saved.isToBeRendered());
    }

    @Test
    void theEditorSavedAfterwardsGoesAtTheNextSwitchAndComesBackWhenCardsAreOn() {
        MPart typing = cardEditor(true);
        hidden.apply(application, Set.of(CARDS_UI));

        typing.setDirty(false);
        hidden.apply(application, Set.of(CARDS_UI));
        assertFalse(typing.isToBeRendered());

        hidden.apply(application, Set.of());
        assertTrue(typing.isToBeRendered());
    }
}
