package org.cardfile.ui.internal.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Role;
import org.cardfile.core.service.FieldError;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.widgets.FieldRow;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One representative as the admin edits them: login, name, roles, whether they may sign in, and a
 * new password to set. A refused value is explained beside its field and the typing is kept.
 */
final class RepForm {
    private final FieldRow login;
    private final FieldRow name;
    private final Map<Role, Button> roles = new EnumMap<>(Role.class);
    private final Label rolesMessage;
    private final Button active;
    private final Label activeMessage;
    private final FieldRow password;
    private long id;

    RepForm(Composite parent) {
        Composite grid = new Composite(parent, SWT.NONE);
        grid.setLayout(new GridLayout(2, false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        login = new FieldRow(grid, "Login", "reps.login");
        name = new FieldRow(grid, "Name", "reps.name");
        new Label(grid, SWT.NONE).setText("Roles");
        Composite boxes = new Composite(grid, SWT.NONE);
        boxes.setLayout(new RowLayout());
        for (Role role : Role.values()) {
            Button box = Ids.tag(new Button(boxes, SWT.CHECK), "reps.role." + role.name());
            box.setText(role.label());
            roles.put(role, box);
        }
        rolesMessage = MessageLine.problemLine(grid, "reps.roles.message", 2);
        new Label(grid, SWT.NONE).setText("");
        active = Ids.tag(new Button(grid, SWT.CHECK), "reps.active");
        active.setText("May sign in (unchecked: deactivated, their history stays)");
        activeMessage = MessageLine.problemLine(grid, "reps.active.message", 2);
        password = new FieldRow(grid, "New password", "reps.password", SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        password.text().setMessage("at least 8 characters; empty keeps the current one");
        clear();
    }

    /** A blank form for a new representative. */
    void clear() {
        show(new Employee(0, "", "", 0, EnumSet.of(Role.CALL_CENTER_REP), true));
    }

    void show(Employee e) {
        id = e.id();
        login.show(e.login());
        name.show(e.displayName());
        roles.forEach((role, box) -> box.setSelection(e.has(role)));
        active.setSelection(e.active());
        password.show("");
        clearErrors();
    }

    long id() {
        return id;
    }

    /** What the form holds; {@code active} overrides the check box when not null. */
    Employee value(long officeId, Boolean activeOverride) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.getSelection()) {
                chosen.add(role);
            }
        });
        boolean on = activeOverride != null ? activeOverride : active.getSelection();
        return new Employee(id, login.value(), name.value(), officeId, chosen, on);
    }

    /** The typed new password, or null when none was typed. */
    char[] newPassword() {
        String typed = password.text().getText();
        return typed.isEmpty() ? null : typed.toCharArray();
    }

    void showErrors(List<FieldError> errors) {
        clearErrors();
        for (FieldError e : errors) {
            switch (e.field()) {
                case "login" -> login.error(e.message());
                case "displayName" -> name.error(e.message());
                case "roles" -> MessageLine.show(rolesMessage, e.message());
                case "active" -> MessageLine.show(activeMessage, e.message());
                case "password" -> password.error(e.message());
                default -> login.error(e.message());
            }
        }
    }

    private void clearErrors() {
        login.clearError();
        name.clearError();
        password.clearError();
        MessageLine.show(rolesMessage, "");
        MessageLine.show(activeMessage, "");
    }
}
