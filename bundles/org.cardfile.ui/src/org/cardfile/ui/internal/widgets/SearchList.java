package org.cardfile.ui.internal.widgets;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
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

/**
 * Search as you type over a virtual table: the query runs 150 ms after the last keystroke, the
 * table reads only the pages it shows, Enter in the search opens the top hit, double-click or Enter
 * on a row opens it. Ids: {@code prefix.search}, {@code prefix.table}, {@code prefix.count},
 * {@code prefix.new}.
 */
public final class SearchList<T> {
    /** Where the rows come from. */
    public interface Source<T> {
        long count(String query);

        List<T> page(String query, int offset, int limit);
    }

    /** One table column: its title, width and how a row shows in it. */
    public record Column<T>(String title, int width, Function<T, String> cell) {
    }

    private static final int DEBOUNCE_MS = 150;

    private final Source<T> source;
    private final List<Column<T>> columns;
    private final Consumer<T> open;
    private final LongFunction<String> countText;
    private final Text search;
    private final Table table;
    private final Label count;
    private final Runnable runQuery = this::runQuery;
    private BiConsumer<TableItem, T> decorate = (item, row) -> {
    };
    private PagedRows<T> rows;

    public SearchList(Composite parent, String idPrefix, String hint, String newTooltip, List<Column<T>> columns,
            Source<T> source, Consumer<T> open, Runnable onNew, LongFunction<String> countText) {
        this.source = source;
        this.columns = columns;
        this.open = open;
        this.countText = countText;
        parent.setLayout(new GridLayout(2, false));
        search = Ids.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER), idPrefix + ".search");
        search.setMessage(hint);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = Ids.tag(new Button(parent, SWT.PUSH), idPrefix + ".new");
        add.setText("New");
        add.setToolTipText(newTooltip);
        add.addListener(SWT.Selection, e -> onNew.run());
        table = Ids.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), idPrefix + ".table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (Column<T> c : columns) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c.title());
            column.setWidth(c.width());
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.DefaultSelection, e -> openRow(table.getSelectionIndex()));
        count = Ids.tag(new Label(parent, SWT.NONE), idPrefix + ".count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        search.addListener(SWT.Modify, e -> {
            search.getDisplay().timerExec(-1, runQuery);
            search.getDisplay().timerExec(DEBOUNCE_MS, runQuery);
        });
        search.addListener(SWT.DefaultSelection, e -> {
            search.getDisplay().timerExec(-1, runQuery);
            runQuery();
            openRow(0);
        });
        runQuery();
    }

    /** Styles a row after its cells are filled (e.g. marks products to reorder). */
    public void decorateRows(BiConsumer<TableItem, T> decorator) {
        this.decorate = decorator;
    }

    /** Runs the current query again, e.g. after a save. */
    public void refresh() {
        if (!search.isDisposed()) {
            runQuery();
        }
    }

    public void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    private void runQuery() {
        if (search.isDisposed()) {
            return;
        }
        String query = search.getText();
        try {
            long total = source.count(query);
            rows = new PagedRows<>((offset, limit) -> source.page(query, offset, limit));
            table.clearAll();
            table.setItemCount((int) Math.min(Integer.MAX_VALUE, total));
            count.setText(countText.apply(total));
        } catch (RuntimeException e) {
            count.setText(Problems.describe("search", e));
        }
        count.getParent().layout();
    }

    private void fill(TableItem item, int index) {
        T row = rows.row(index);
        if (row == null) {
            return;
        }
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = columns.get(i).cell().apply(row);
        }
        item.setText(cells);
        decorate.accept(item, row);
    }

    private void openRow(int index) {
        T row = index < 0 || index >= table.getItemCount() ? null : rows.row(index);
        if (row != null) {
            open.accept(row);
        }
    }
}
