package org.cardfile.ui.internal.widgets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Plain read-only tables with a header row, as the record tabs and side parts show them. */
public final class Tables {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Tables() {
    }

    public static Table create(Composite parent, String id, String[] titles, int[] widths) {
        Table table = Ids.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        return table;
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
