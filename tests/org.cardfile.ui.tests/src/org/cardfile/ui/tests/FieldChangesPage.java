package org.cardfile.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The Field Changes view: one row per audited change of the selected record. */
final class FieldChangesPage {
    record Row(String who, String field, String oldValue, String newValue) {
    }

    private final UiRobot robot;

    FieldChangesPage(UiRobot robot) {
        this.robot = robot;
    }

    /** Waits until a change of {@code field} from old to new is listed, and returns all rows. */
    List<Row> waitForChange(String field, String oldValue, String newValue) {
        Table table = robot.find("fieldchanges.table", Table.class);
        robot.waitUntil("Field Changes to list " + field + ": '" + oldValue + "' -> '" + newValue + "'; rows: "
                + rows(table), () -> rows(table).stream().anyMatch(r -> r.field().equals(field)
                        && r.oldValue().equals(oldValue) && r.newValue().equals(newValue)));
        return rows(table);
    }

    private static List<Row> rows(Table table) {
        int who = column(table, "Who");
        int field = column(table, "Field");
        int oldValue = column(table, "Old value");
        int newValue = column(table, "New value");
        List<Row> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(new Row(item.getText(who), item.getText(field), item.getText(oldValue), item.getText(newValue)));
        }
        return rows;
    }

    private static int column(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("Field Changes has no column '" + title + "'");
    }
}
