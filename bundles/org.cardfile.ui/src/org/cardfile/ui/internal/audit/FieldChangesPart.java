package org.cardfile.ui.internal.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cardfile.core.model.FieldChange;
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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every audited change of the record in front of the user: when, who, field, old and new value. */
public class FieldChangesPart {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    private AuditLog audit;
    @Inject
    private Session session;

    private Label title;
    private Table table;
    private RecordRef shown;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = Ids.tag(new Label(parent, SWT.WRAP), "fieldchanges.title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText("Select a customer, product or card to see its changes.");
        table = Ids.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), "fieldchanges.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] titles = { "When", "Who", "Field", "Old value", "New value" };
        int[] widths = { 130, 90, 90, 110, 110 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
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
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        try {
            var changes = audit.changes(session, record);
            title.setText(changes.size() + " change(s) of " + record.type().name().toLowerCase() + " " + record.id());
            for (FieldChange c : changes) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { WHEN.format(c.at()), c.employeeName(), c.field(), c.oldValue(), c.newValue() });
            }
        } catch (RuntimeException e) {
            title.setText(Problems.describe("read the field changes", e));
        }
        title.getParent().layout();
    }
}
