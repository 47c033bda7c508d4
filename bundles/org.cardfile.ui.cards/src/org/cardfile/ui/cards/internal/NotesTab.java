package org.cardfile.ui.cards.internal;

import java.util.function.Consumer;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The card's running log: every note with its author and time, oldest first. Notes are only ever
 * added, never edited, so the log is what was said when it was said.
 */
final class NotesTab {
    private final Cards cards;
    private final Session session;
    private final Consumer<String> problem;
    private final Composite root;
    private final Table table;
    private final Text note;
    private final Button add;
    private long cardId;

    NotesTab(Composite parent, Cards cards, Session session, Consumer<String> problem) {
        this.cards = cards;
        this.session = session;
        this.problem = problem;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        table = Tables.create(root, "card.notes", new String[] { "When", "Who", "Note" }, new int[] { 120, 110, 420 });
        ((GridData) table.getLayoutData()).horizontalSpan = 2;
        note = Ids.tag(new Text(root, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "card.note");
        GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, false);
        noteData.heightHint = 40;
        note.setLayoutData(noteData);
        note.setTextLimit(4000);
        add = Ids.tag(new Button(root, SWT.PUSH), "card.note.add");
        add.setText("Add note");
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> addNote());
        show(0);
    }

    Control control() {
        return root;
    }

    void show(Card card) {
        show(card.id());
    }

    private void show(long id) {
        cardId = id;
        boolean saved = id != 0;
        note.setEnabled(saved && session.may(Permission.EDIT_CARDS));
        add.setEnabled(saved && session.may(Permission.EDIT_CARDS));
        note.setMessage(saved ? "Type a note and press Add note" : "Save the card to start its notes");
        table.removeAll();
        if (!saved) {
            return;
        }
        try {
            for (CardNote n : cards.notes(session, id)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { Tables.when(n.at()), n.employeeName(), n.text().replace('\n', ' ') });
            }
        } catch (RuntimeException e) {
            problem.accept(Problems.describe("read the card's notes", e));
        }
    }

    private void addNote() {
        String text = note.getText().strip();
        if (text.isEmpty()) {
            problem.accept("Type the note first.");
            return;
        }
        try {
            cards.addNote(session, cardId, text);
            note.setText("");
            show(cardId);
        } catch (RuntimeException e) {
            problem.accept(Problems.describe("add the note", e));
        }
    }
}
