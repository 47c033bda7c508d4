package org.cardfile.ui.documents.internal;

import org.cardfile.core.documents.CalendarExport;
import org.cardfile.ui.cards.CardEditor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Add to calendar (.ics)… on a card's Follow-ups page: the chosen follow-up or appointment as a calendar file. */
public class AddToCalendarHandler {

    @CanExecute
    public boolean canExecute(@Optional CalendarExport export, @Optional CardEditor editor) {
        return export != null && editor != null && editor.selectedReminder().isPresent();
    }

    @Execute
    public void execute(CalendarExport export, CardEditor editor) {
        editor.selectedReminder().ifPresent(reminder -> new CardCalendar(export, editor::say)
                .exportOne(editor.shell(), editor.summary(), reminder));
    }
}
