package org.cardfile.ui.internal.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.cardfile.core.model.FieldChange;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Audited changes of one record, newest first: when (to the second), who, field, old and new value. */
public final class FieldChangeTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final Table table;

    /** @param widths of the When, Who, Field, Old value and New value columns */
    public FieldChangeTable(Composite parent, String id, int... widths) {
        table = Tables.create(parent, id, new String[] { "When", "Who", "Field", "Old value", "New value" }, widths);
    }

    public Table control() {
        return table;
    }

    public void show(List<FieldChange> changes) {
        table.removeAll();
        for (FieldChange c : changes) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { WHEN.format(c.at()), c.employeeName(), c.field(), c.oldValue(), c.newValue() });
        }
    }

    public void clear() {
        table.removeAll();
    }
}
