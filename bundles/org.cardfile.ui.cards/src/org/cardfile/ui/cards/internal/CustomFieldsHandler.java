package org.cardfile.ui.cards.internal;

import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

/** Office admins switch card templates on and off for their office and add fields to them, without a rebuild. */
public class CustomFieldsHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session, @Optional CardTemplates templates) {
        return session != null && templates != null && session.may(Permission.MANAGE_CARD_TEMPLATES);
    }

    @Execute
    public void execute(Shell shell, Session session, CardTemplates templates) {
        new CustomFieldsDialog(shell, templates, session).open();
    }
}
