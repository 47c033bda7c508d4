package org.cardfile.ui.tests;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The customer editor of the active customer; fields are addressed by their widget id. */
final class CustomerEditorPage {
    private final UiRobot robot;

    CustomerEditorPage(UiRobot robot) {
        this.robot = robot;
    }

    CustomerEditorPage type(String fieldId, String value) {
        robot.typeInto(text(fieldId), value);
        return this;
    }

    String valueOf(String fieldId) {
        return text(fieldId).getText();
    }

    CustomerEditorPage save() {
        robot.click(robot.find("customer.save", Button.class));
        return this;
    }

    /** Waits until the field shows this value (the editor reloads what the store kept after a save). */
    CustomerEditorPage waitForValue(String fieldId, String expected) {
        Text field = text(fieldId);
        robot.waitUntil("'" + fieldId + "' to show '" + expected + "' (shows '" + field.getText() + "')",
                () -> expected.equals(field.getText()));
        return this;
    }

    /** The message shown beside a field, waiting until there is one. */
    String messageBeside(String fieldId) {
        Label message = robot.find(fieldId + ".message", Label.class);
        robot.waitUntil("a message beside '" + fieldId + "'", () -> !message.getText().isBlank());
        return message.getText();
    }

    private Text text(String fieldId) {
        return robot.find(fieldId, Text.class);
    }
}
