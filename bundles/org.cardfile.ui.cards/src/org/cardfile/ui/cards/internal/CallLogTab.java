package org.cardfile.ui.cards.internal;

import java.util.List;
import java.util.function.Consumer;

import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.CallText;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Every contact with the card's customer across channels, newest first, with number, advertising
 * source and duration. A call with a recording opens it (double-click or Play recording).
 */
final class CallLogTab {
    private final Cards cards;
    private final Session session;
    private final Consumer<String> problem;
    private final Composite root;
    private final Table table;
    private final Button play;
    private List<CallLogEntry> entries = List.of();

    CallLogTab(Composite parent, Cards cards, Session session, Consumer<String> problem) {
        this.cards = cards;
        this.session = session;
        this.problem = problem;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        table = Tables.create(root, "card.calllog",
                new String[] { "When", "Channel", "Number", "Source", "Duration", "Rep", "Summary", "Recording" },
                new int[] { 120, 80, 120, 170, 65, 110, 220, 80 });
        play = Ids.tag(new Button(root, SWT.PUSH), "card.calllog.play");
        play.setText("Play recording");
        play.setEnabled(false);
        play.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        play.addListener(SWT.Selection, e -> play());
        table.addListener(SWT.DefaultSelection, e -> play());
        table.addListener(SWT.Selection, e -> play.setEnabled(selected() != null && !selected().recording().isEmpty()));
    }

    Control control() {
        return root;
    }

    void show(Card card) {
        table.removeAll();
        entries = List.of();
        if (card.isNew() && card.callId() == 0) {
            return;
        }
        try {
            entries = card.isNew() ? List.of() : cards.callLog(session, card.id());
        } catch (RuntimeException e) {
            problem.accept(Problems.describe("read the call log", e));
        }
        for (CallLogEntry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { Tables.when(entry.at()),
                    entry.channel().label() + (entry.direction() == null ? "" : " " + arrow(entry)), entry.number(),
                    entry.source(), entry.duration() == null ? "" : CallText.duration(entry.duration()), entry.employeeName(), entry.summary(),
                    entry.recording().isEmpty() ? "" : "▶ " + entry.recording() });
        }
    }

    private static String arrow(CallLogEntry entry) {
        return entry.direction() == org.cardfile.core.model.Direction.INBOUND ? "in" : "out";
    }

    private CallLogEntry selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= entries.size() ? null : entries.get(i);
    }

    private void play() {
        CallLogEntry entry = selected();
        if (entry == null || entry.recording().isEmpty()) {
            return;
        }
        if (!Program.launch(entry.recording())) {
            problem.accept("No program on this computer opens the recording " + entry.recording() + ".");
        }
    }
}
