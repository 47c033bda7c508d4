package org.cardfile.ui.tests;

import java.util.Arrays;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Rows of a table found by the text of their first column, and chosen with the mouse. */
final class TableRows {
    private TableRows() {
    }

    static TableItem row(Table table, String first) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + first + "'"));
    }

    /** Clicks the row, as the user picks it, and waits until it is the one selected. */
    static TableItem select(UiRobot robot, Table table, String first) {
        Rectangle cell = row(table, first).getBounds(0);
        robot.clickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
        robot.waitUntil("'" + first + "' to be selected", () -> table.getSelectionCount() == 1
                && table.getSelection()[0].getText(0).equals(first));
        return table.getSelection()[0];
    }
}
