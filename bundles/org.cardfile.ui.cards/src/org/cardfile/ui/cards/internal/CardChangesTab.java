package org.cardfile.ui.cards.internal;

import java.util.function.Consumer;

import org.cardfile.core.cards.Card;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.AuditLog;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.audit.FieldChangeTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Every change to the card: who, when, which field, old value, new value; newest first. */
final class CardChangesTab {
    private final AuditLog audit;
    private final Session session;
    private final Consumer<String> problem;
    private final Composite root;
    private final FieldChangeTable table;

    CardChangesTab(Composite parent, AuditLog audit, Session session, Consumer<String> problem) {
        this.audit = audit;
        this.session = session;
        this.problem = problem;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        table = new FieldChangeTable(root, "card.changes", 140, 110, 150, 160, 160);
    }

    Control control() {
        return root;
    }

    void show(Card card) {
        table.clear();
        if (card.isNew()) {
            return;
        }
        try {
            table.show(audit.changes(session, new RecordRef(RecordType.CARD, card.id())));
        } catch (RuntimeException e) {
            problem.accept(Problems.describe("read the card's field changes", e));
        }
    }
}
