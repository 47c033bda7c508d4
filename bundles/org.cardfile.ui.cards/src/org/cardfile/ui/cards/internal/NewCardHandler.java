package org.cardfile.ui.cards.internal;

import java.util.Map;

import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;

/** Opens a blank card of the template the menu entry names. */
public class NewCardHandler {
    static final String TEMPLATE = "cardfile.cardTemplate";

    @Execute
    public void execute(MDirectMenuItem item, EditorOpener editors) {
        open(editors, item.getPersistedState().get(TEMPLATE), item.getLabel());
    }

    /** A blank card of the template in a new editor. */
    public static void open(EditorOpener editors, String templateId, String label) {
        editors.open(new RecordRef(RecordType.CARD, 0), label, Map.of(CardEditorPart.TEMPLATE, templateId));
    }
}
