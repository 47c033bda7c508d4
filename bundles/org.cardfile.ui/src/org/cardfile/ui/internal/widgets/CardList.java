package org.cardfile.ui.internal.widgets;

import java.util.List;

import org.cardfile.core.cards.CardSummary;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A table of cards, newest first; a double-click or Enter opens the card. */
public final class CardList {
    private final Table table;
    private List<CardSummary> rows = List.of();

    public CardList(Composite parent, String id, EditorOpener editors) {
        table = Tables.create(parent, id, new String[] { "Card", "Template", "Last saved", "By", "Transferred from" },
                new int[] { 180, 130, 120, 110, 130 });
        table.addListener(SWT.DefaultSelection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < rows.size()) {
                CardSummary card = rows.get(i);
                editors.open(new RecordRef(RecordType.CARD, card.id()), card.title());
            }
        });
    }

    public Table control() {
        return table;
    }

    public void show(List<CardSummary> cards) {
        rows = List.copyOf(cards);
        table.removeAll();
        for (CardSummary c : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { c.title(), c.templateName(), Tables.when(c.updatedAt()), c.updatedBy(),
                    c.transferredFrom() });
        }
    }
}
