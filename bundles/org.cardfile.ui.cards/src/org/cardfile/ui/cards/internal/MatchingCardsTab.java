package org.cardfile.ui.cards.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.cardfile.core.cards.CardMatch;
import org.cardfile.core.cards.Cards;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Other cards of the office that look like the same person, best match first. Choosing one and
 * pressing Fill from card copies its values into the fields still empty here.
 */
final class MatchingCardsTab {
    private static final int LIMIT = 20;
    private final Cards cards;
    private final Session session;
    private final Consumer<String> problem;
    private final Composite root;
    private final Table table;
    private final Label count;
    private final Button fill;
    private final Button openButton;
    private List<CardMatch> matches = List.of();

    MatchingCardsTab(Composite parent, Cards cards, Session session, Consumer<String> problem, LongConsumer fillFrom,
            boolean editable) {
        this.cards = cards;
        this.session = session;
        this.problem = problem;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        table = Tables.create(root, "card.matches",
                new String[] { "Score", "Card", "Template", "Why", "Last saved", "Transferred from" },
                new int[] { 50, 180, 130, 220, 120, 130 });
        ((GridData) table.getLayoutData()).horizontalSpan = 3;
        fill = Ids.tag(new Button(root, SWT.PUSH), "card.matches.fill");
        fill.setText("Fill from card");
        fill.setToolTipText("Copy the chosen card's values into the fields that are empty here");
        fill.setEnabled(false);
        Button open = Ids.tag(new Button(root, SWT.PUSH), "card.matches.open");
        open.setText("Open card");
        open.setEnabled(false);
        count = Ids.tag(new Label(root, SWT.NONE), "card.matches.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table.addListener(SWT.Selection, e -> {
            fill.setEnabled(editable && selected() != null);
            open.setEnabled(selected() != null);
        });
        fill.addListener(SWT.Selection, e -> {
            CardMatch m = selected();
            if (m != null) {
                fillFrom.accept(m.card().id());
            }
        });
        openButton = open;
    }

    /** Called with the id of the chosen card when the rep presses Open card or double-clicks it. */
    void onOpen(LongConsumer opener) {
        openButton.addListener(SWT.Selection, e -> {
            if (selected() != null) {
                opener.accept(selected().card().id());
            }
        });
        table.addListener(SWT.DefaultSelection, e -> {
            if (selected() != null) {
                opener.accept(selected().card().id());
            }
        });
    }

    Control control() {
        return root;
    }

    void refresh(String templateId, Map<String, String> values, long cardId) {
        try {
            matches = cards.matches(session, templateId, values, cardId, LIMIT);
        } catch (RuntimeException e) {
            matches = List.of();
            problem.accept(Problems.describe("look for matching cards", e));
        }
        table.removeAll();
        for (CardMatch m : matches) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { Integer.toString(m.score()), m.card().title(), m.card().templateName(),
                    String.join(", ", m.reasons()), Tables.when(m.card().updatedAt()), m.card().transferredFrom() });
        }
        fill.setEnabled(false);
        count.setText(matches.isEmpty() ? "No other card matches this one." : matches.size() + " matching card"
                + (matches.size() == 1 ? "" : "s"));
        root.layout(true, true);
    }

    int size() {
        return matches.size();
    }

    private CardMatch selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= matches.size() ? null : matches.get(i);
    }
}
