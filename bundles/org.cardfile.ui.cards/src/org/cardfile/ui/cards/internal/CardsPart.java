package org.cardfile.ui.cards.internal;

import org.cardfile.ui.internal.widgets.CardList;
import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The office's cards, newest first, of every template or one; a blank card of the chosen template. */
public class CardsPart {
    private static final int LIMIT = 200;

    @Inject
    private Cards cards;
    @Inject
    private CardTemplates templates;
    @Inject
    private Session session;
    @Inject
    private EditorOpener editors;

    private Combo filter;
    private CardList list;
    private Label message;
    private List<CardLayout> layouts = List.of();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = Ids.tag(new Combo(parent, SWT.READ_ONLY), "cards.template");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Selection, e -> reload());
        Button blank = Ids.tag(new Button(parent, SWT.PUSH), "cards.new");
        blank.setText("New card");
        blank.setToolTipText("A blank card of the chosen template");
        blank.addListener(SWT.Selection, e -> newCard());
        message = Ids.tag(new Label(parent, SWT.WRAP), "cards.message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.exclude = true;
        message.setLayoutData(data);
        list = new CardList(parent, "cards.list", editors);
        ((GridData) list.control().getLayoutData()).horizontalSpan = 2;
        loadTemplates();
    }

    private void loadTemplates() {
        try {
            layouts = templates.available(session);
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("list the card templates", e));
        }
        filter.removeAll();
        filter.add("All cards");
        layouts.forEach(l -> filter.add(l.name()));
        filter.select(0);
        reload();
    }

    private String templateId() {
        int i = filter.getSelectionIndex();
        return i <= 0 ? "" : layouts.get(i - 1).id();
    }

    private void reload() {
        try {
            list.show(cards.recent(session, templateId(), LIMIT));
            MessageLine.show(message, "");
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("list the cards", e));
        }
    }

    private void newCard() {
        String id = templateId();
        if (id.isEmpty()) {
            MessageLine.show(message, "Choose the kind of card first.");
            return;
        }
        NewCardHandler.open(editors, id, "New " + layouts.get(filter.getSelectionIndex() - 1).name().toLowerCase());
    }

    @Inject
    @Optional
    void cardSaved(@UIEventTopic(Topics.CARD_SAVED) RecordRef card) {
        if (list != null) {
            reload();
        }
    }

    /** A template installed, removed or switched on or off: the kinds of card to choose from change. */
    @Inject
    @Optional
    void templatesChanged(@UIEventTopic(CardTemplates.CHANGED) org.osgi.service.event.Event event) {
        if (list != null) {
            loadTemplates();
        }
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object ignored) {
        if (list != null) {
            loadTemplates();
        }
    }
}
