package org.cardfile.ui.documents.internal;

import org.cardfile.core.cards.Cards;
import org.cardfile.core.documents.CalendarExport;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.Problems;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Cards → Export my follow-ups and appointments: the signed-in rep's open ones as one calendar file. */
public class ExportCalendarHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session, @Optional CalendarExport export) {
        return session != null && export != null;
    }

    @Execute
    public void execute(Shell shell, Session session, Cards cards, CalendarExport export) {
        CardCalendar calendar = new CardCalendar(export,
                text -> MessageDialog.openInformation(shell, "Export follow-ups and appointments", text));
        try {
            calendar.exportAll(shell, session.employee().displayName(), cards.myReminders(session));
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, "Export follow-ups and appointments",
                    Problems.describe("read your follow-ups and appointments", e));
        }
    }
}
