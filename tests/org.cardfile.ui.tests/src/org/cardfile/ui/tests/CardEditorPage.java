package org.cardfile.ui.tests;

import java.util.Arrays;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The active card editor: fields by their template field id, pages and tabs by their ids. */
final class CardEditorPage {
    private final UiRobot robot;

    CardEditorPage(UiRobot robot) {
        this.robot = robot;
    }

    /** Waits until the card's heading contains this text ("Guest card", "Guest card: Whitfield, Dana"). */
    CardEditorPage waitForTitle(String expected) {
        Label title = robot.find("card.title", Label.class);
        robot.waitUntil("the card's heading to contain '" + expected + "' (shows '" + title.getText() + "')",
                () -> title.getText().contains(expected));
        return this;
    }

    /** Waits until the keyboard focus is in this field. */
    CardEditorPage waitForCursorIn(String field) {
        Control control = robot.find("card.field." + field, Control.class);
        robot.waitUntil("the cursor to be in '" + field + "'", control::isFocusControl);
        return this;
    }

    String title() {
        return robot.find("card.title", Label.class).getText();
    }

    CardEditorPage type(String field, String value) {
        robot.typeInto(text(field), value);
        return this;
    }

    /** Chooses an entry of a drop-down field as a selection by the user would, firing its listeners. */
    CardEditorPage choose(String field, String choice) {
        Combo combo = robot.find("card.field." + field, Combo.class);
        int index = Arrays.asList(combo.getItems()).indexOf(choice);
        if (index < 0) {
            throw new AssertionError("no choice '" + choice + "' in " + Arrays.toString(combo.getItems()));
        }
        robot.focus(combo);
        combo.select(index);
        combo.notifyListeners(org.eclipse.swt.SWT.Selection, new Event());
        robot.spin();
        return this;
    }

    String valueOf(String field) {
        return text(field).getText();
    }

    boolean isEditable(String field) {
        return text(field).getEditable();
    }

    CardEditorPage waitForValue(String field, String expected) {
        Text text = text(field);
        robot.waitUntil("'" + field + "' to show '" + expected + "' (shows '" + text.getText() + "')",
                () -> expected.equals(text.getText()));
        return this;
    }

    /** The message under a field, waiting until there is one. */
    String messageBeside(String field) {
        Label message = robot.find("card.field." + field + ".message", Label.class);
        robot.waitUntil("a message under '" + field + "'", () -> message.isVisible() && !message.getText().isBlank());
        return message.getText();
    }

    CardEditorPage waitForNoMessageBeside(String field) {
        robot.waitUntil("the message under '" + field + "' to go", () -> !robot.isShowing("card.field." + field + ".message"));
        return this;
    }

    CardEditorPage save() {
        robot.click(robot.find("card.save", Button.class));
        return this;
    }

    String message() {
        Label message = robot.find("card.message", Label.class);
        robot.waitUntil("a message on the card", () -> !message.getText().isBlank());
        return message.getText();
    }

    /** Shows a page of the card (front, back, reminders) or a tab below it (notes, changes, calllog, matches). */
    CardEditorPage open(String folderId, String itemId) {
        CTabFolder folder = robot.find(folderId, CTabFolder.class);
        CTabItem item = Arrays.stream(folder.getItems()).filter(i -> itemId.equals(i.getData(UiRobot.ID))).findFirst()
                .orElseThrow(() -> new AssertionError("no tab '" + itemId + "' in " + folderId));
        // a posted click on a drawn tab does not reach CTabFolder's selection reliably under Xvfb
        folder.setSelection(item);
        robot.spin();
        robot.waitUntil("the tab '" + itemId + "' to be selected", () -> folder.getSelection() == item);
        return this;
    }

    CardEditorPage page(String pageId) {
        return open("card.pages", "card.page." + pageId);
    }

    CardEditorPage tab(String tabId) {
        return open("card.tabs", "card.tab." + tabId);
    }

    CardEditorPage addNote(String note) {
        tab("notes");
        robot.typeInto(robot.find("card.note", Text.class), note);
        robot.click(robot.find("card.note.add", Button.class));
        return this;
    }

    /** Waits until the table with this id has a row whose cells, joined, contain the text. */
    TableItem waitForRow(String tableId, String text) {
        Table table = robot.find(tableId, Table.class);
        return robot.waitFor("a row containing '" + text + "' in " + tableId, () -> Arrays.stream(table.getItems())
                .filter(i -> joined(i, table.getColumnCount()).contains(text)).findFirst().orElse(null));
    }

    static String joined(TableItem item, int columns) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            s.append(item.getText(c)).append(" | ");
        }
        return s.toString();
    }

    /** The label of an action button on the card, once it is enabled. */
    String enabledAction(String buttonId) {
        Button action = robot.find(buttonId, Button.class);
        robot.waitUntil(buttonId + " to be enabled", action::isEnabled);
        return action.getText();
    }

    void click(String buttonId) {
        robot.click(robot.find(buttonId, Button.class));
    }

    private Text text(String field) {
        return robot.find("card.field." + field, Text.class);
    }
}
