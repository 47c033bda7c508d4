package org.cardfile.ui.internal.products;

import org.cardfile.core.model.Product;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ProductRepository;
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

/** The office's products with stock; rows at or below their reorder point are marked. */
public class ProductsPart {
    private static final String[] COLUMNS = { "SKU", "Name", "Price", "Stock", "Reorder point" };
    private static final int[] WIDTHS = { 80, 190, 70, 60, 90 };

    @Inject
    private ProductRepository products;
    @Inject
    private Session session;
    @Inject
    private EditorOpener editors;

    private Text search;
    private Table table;
    private Label count;
    private PagedRows<Product> rows;
    private final Runnable runQuery = this::runQuery;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        search = Ids.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER), "products.search");
        search.setMessage("Name or SKU");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = Ids.tag(new Button(parent, SWT.PUSH), "products.new");
        add.setText("New");
        add.setToolTipText("New product (Ctrl+Shift+N)");
        add.addListener(SWT.Selection, e -> editors.open(new RecordRef(RecordType.PRODUCT, 0), "New product"));
        table = Ids.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "products.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i >= 2 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.DefaultSelection, e -> open(table.getSelectionIndex()));
        count = Ids.tag(new Label(parent, SWT.NONE), "products.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        search.addListener(SWT.Modify, e -> {
            search.getDisplay().timerExec(-1, runQuery);
            search.getDisplay().timerExec(150, runQuery);
        });
        search.addListener(SWT.DefaultSelection, e -> {
            runQuery();
            open(0);
        });
        runQuery();
    }

    private void runQuery() {
        if (search.isDisposed()) {
            return;
        }
        String query = search.getText();
        try {
            long total = products.count(session, query);
            rows = new PagedRows<>((offset, limit) -> products.search(session, query, offset, limit).rows());
            table.clearAll();
            table.setItemCount((int) total);
            long low = products.needingReorder(session).size();
            count.setText((total == 1 ? "1 product" : total + " products") + (low == 0 ? "" : " · " + low + " to reorder"));
        } catch (RuntimeException e) {
            count.setText(Problems.describe("search products", e));
        }
        count.getParent().layout();
    }

    private void fill(TableItem item, int index) {
        Product p = rows.row(index);
        if (p == null) {
            return;
        }
        item.setText(new String[] { p.sku(), p.name(), p.price().toPlainString(), Integer.toString(p.stockOnHand()),
                Integer.toString(p.reorderPoint()) });
        if (p.needsReorder()) {
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }

    private void open(int index) {
        Product p = index < 0 || index >= table.getItemCount() ? null : rows.row(index);
        if (p != null) {
            editors.open(new RecordRef(RecordType.PRODUCT, p.id()), p.name());
        }
    }

    @Inject
    @Optional
    void saved(@UIEventTopic(Topics.PRODUCT_SAVED) RecordRef ref) {
        if (search != null && !search.isDisposed()) {
            runQuery();
        }
    }

    @Inject
    @Optional
    void refresh(@UIEventTopic(Topics.REFRESH) Object any) {
        saved(null);
    }

    @Inject
    @Optional
    void find(@UIEventTopic(Topics.FIND_PRODUCT) Object any) {
        search.setFocus();
        search.selectAll();
    }

    @Focus
    public void focus() {
        search.setFocus();
    }
}
