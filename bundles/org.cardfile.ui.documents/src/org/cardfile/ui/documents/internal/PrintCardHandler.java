package org.cardfile.ui.documents.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.documents.CardPrinter;
import org.cardfile.core.security.Session;
import org.cardfile.ui.cards.CardEditor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;

/** Print… on a card: the card as a PDF, saved where the rep chooses and opened in their PDF viewer. */
public class PrintCardHandler {

    @CanExecute
    public boolean canExecute(@Optional CardPrinter printer, @Optional CardEditor editor) {
        return printer != null && editor != null;
    }

    @Execute
    public void execute(CardPrinter printer, CardEditor editor, Cards cards, Session session) {
        Card card = editor.current();
        byte[] pdf;
        try {
            pdf = printer.print(editor.layout(), card, card.isNew() ? List.of() : cards.notes(session, card.id()),
                    session.office().name());
        } catch (RuntimeException e) {
            editor.problem("print the card", e);
            return;
        }
        FileDialog dialog = new FileDialog(editor.shell(), SWT.SAVE);
        dialog.setText("Save the card as PDF");
        dialog.setFilterExtensions(new String[] { "*.pdf" });
        dialog.setFileName(editor.layout().titleOf(card.values()).replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            Files.write(Path.of(chosen), pdf);
            editor.say("Saved " + chosen + (Program.launch(chosen) ? "; it opens in your PDF viewer to print." : "."));
        } catch (IOException e) {
            editor.problem("Could not write " + chosen + ": " + e.getMessage());
        }
    }
}
