package org.cardfile.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** The Customers part: search as you type, the result table, "New". */
final class CustomersPage {
    private final UiRobot robot;

    CustomersPage(UiRobot robot) {
        this.robot = robot;
    }

    CustomerEditorPage newCustomer() {
        robot.click(robot.find("customers.new", Button.class));
        Text firstName = robot.find("customer.firstName", Text.class);
        // the opened editor puts the cursor in First name; until it has, typing could land elsewhere
        robot.waitUntil("the new customer editor to put the cursor in 'customer.firstName'",
                firstName::isFocusControl);
        return new CustomerEditorPage(robot);
    }

    /**
     * Types the query and waits until the result count says {@code expectedCount}, then returns the
     * names the table shows.
     */
    List<String> search(String query, String expectedCount) {
        robot.typeInto(robot.find("customers.search", Text.class), query);
        Label count = robot.find("customers.count", Label.class);
        Table table = robot.find("customers.table", Table.class);
        robot.waitUntil("'" + expectedCount + "' for the search '" + query + "' (shows '" + count.getText() + "')",
                () -> count.getText().equals(expectedCount));
        return names(table);
    }

    /** Enter in the search box opens the top hit. */
    CustomerEditorPage openTopHitWithEnter() {
        robot.focus(robot.find("customers.search", Text.class));
        robot.press(SWT.CR);
        return new CustomerEditorPage(robot);
    }

    private static List<String> names(Table table) {
        List<String> names = new ArrayList<>();
        int nameColumn = columnIndex(table, "Name");
        for (int i = 0; i < table.getItemCount(); i++) {
            names.add(table.getItem(i).getText(nameColumn));
        }
        return names;
    }

    private static int columnIndex(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("The customer table has no column '" + title + "'");
    }
}
