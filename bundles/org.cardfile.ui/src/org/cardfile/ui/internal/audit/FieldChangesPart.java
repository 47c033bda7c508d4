package org.cardfile.ui.internal.audit;


import org.cardfile.core.model.RecordRef;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.AuditLog;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every audited change of the record in front of the user: when, who, field, old and new value. */
public class FieldChangesPart {
    @Inject
    private AuditLog audit;
    @Inject
    private Session session;

    private Label title;
    private FieldChangeTable table;
    private RecordRef shown;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = Ids.tag(new Label(parent, SWT.WRAP), "fieldchanges.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText("Select a customer, product or card to see its changes.");
        table = new FieldChangeTable(parent, "fieldchanges.table", 130, 90, 90, 110, 110);
        if (shown != null) {
            show(shown);
        }
    }

    @Inject
    void select(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) RecordRef record) {
        if (record != null) {
            show(record);
        }
    }

    @Inject
    @Optional
    void customerSaved(@UIEventTopic(Topics.CUSTOMER_SAVED) RecordRef record) {
        show(record);
    }

    @Inject
    @Optional
    void productSaved(@UIEventTopic(Topics.PRODUCT_SAVED) RecordRef record) {
        show(record);
    }

    @Inject
    @Optional
    void cardSaved(@UIEventTopic(Topics.CARD_SAVED) RecordRef record) {
        show(record);
    }

    private void show(RecordRef record) {
        shown = record;
        if (table == null || table.control().isDisposed()) {
            return;
        }
        table.clear();
        try {
            var changes = audit.changes(session, record);
            title.setText(changes.size() + " change(s) of " + record.type().name().toLowerCase() + " " + record.id());
            table.show(changes);
        } catch (RuntimeException e) {
            title.setText(Problems.describe("read the field changes", e));
        }
        title.getParent().layout();
    }
}
