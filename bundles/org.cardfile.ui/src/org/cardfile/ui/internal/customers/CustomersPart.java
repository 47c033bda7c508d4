package org.cardfile.ui.internal.customers;

import org.cardfile.core.model.CustomerSummary;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.ui.internal.EditorOpener;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.Topics;
import org.cardfile.ui.internal.widgets.PagedRows;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Search-as-you-type over the office's customers, in a virtual table that reads only what it shows. */
public class CustomersPart {
    private static final int DEBOUNCE_MS = 150;
    private static final String[] COLUMNS = { "Number", "Name", "Phone", "E-mail", "City" };
    private static final int[] WIDTHS = { 80, 170, 110, 170, 90 };

    @Inject
    private CustomerRepository customers;
    @Inject
    private Session session;
    @Inject
    private EditorOpener editors;

    private Text search;
    private Table table;
    private Label count;
    private PagedRows<CustomerSummary> rows;
    private final Runnable runQuery = this::runQuery;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        search = Ids.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER), "customers.search");
        search.setMessage("Name, phone, e-mail or customer number");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = Ids.tag(new Button(parent, SWT.PUSH), "customers.new");
        add.setText("New");
        add.setToolTipText("New customer (Ctrl+N)");
        add.addListener(SWT.Selection, e -> editors.open(new RecordRef(RecordType.CUSTOMER, 0), "New customer"));

        table = Ids.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                "customers.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        count = Ids.tag(new Label(parent, SWT.NONE), "customers.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        search.addListener(SWT.Modify, e -> {
            search.getDisplay().timerExec(-1, runQuery);
            search.getDisplay().timerExec(DEBOUNCE_MS, runQuery);
        });
        search.addListener(SWT.DefaultSelection, e -> openTopHit());
        runQuery();
    }

    private void runQuery() {
        if (search.isDisposed()) {
            return;
        }
        String query = search.getText();
        try {
            long total = customers.count(session, query);
            rows = new PagedRows<>((offset, limit) -> customers.search(session, query, offset, limit).rows());
            table.clearAll();
            table.setItemCount((int) Math.min(Integer.MAX_VALUE, total));
            count.setText(total == 1 ? "1 customer" : total + " customers");
        } catch (RuntimeException e) {
            count.setText(Problems.describe("search customers", e));
        }
        count.getParent().layout();
    }

    private void fill(TableItem item, int index) {
        CustomerSummary c = rows.row(index);
        if (c == null) {
            return;
        }
        item.setData(c);
        item.setText(new String[] { c.customerNumber(), c.displayName(), c.phone(), c.email(), c.city() });
    }

    private void openTopHit() {
        search.getDisplay().timerExec(-1, runQuery);
        runQuery();
        CustomerSummary top = table.getItemCount() == 0 ? null : rows.row(0);
        if (top != null) {
            editors.open(new RecordRef(RecordType.CUSTOMER, top.id()), top.displayName());
        }
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        CustomerSummary c = index < 0 ? null : rows.row(index);
        if (c != null) {
            editors.open(new RecordRef(RecordType.CUSTOMER, c.id()), c.displayName());
        }
    }

    @Inject
    @Optional
    void saved(@UIEventTopic(Topics.CUSTOMER_SAVED) RecordRef ref) {
        refreshNow();
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        refreshNow();
    }

    @Inject
    @Optional
    void find(@UIEventTopic(Topics.FIND_CUSTOMER) Object any) {
        search.setFocus();
        search.selectAll();
    }

    private void refreshNow() {
        if (search != null && !search.isDisposed()) {
            runQuery();
        }
    }

    @Focus
    public void focus() {
        search.setFocus();
    }
}
