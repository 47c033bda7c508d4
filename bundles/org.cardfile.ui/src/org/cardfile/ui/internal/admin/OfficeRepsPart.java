package org.cardfile.ui.internal.admin;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cardfile.core.model.Employee;
import org.cardfile.core.model.Role;
import org.cardfile.core.security.Session;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.core.service.ValidationException;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.Buttons;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Admin → Office reps: the office's representatives with their roles; add, change, deactivate
 * (never delete: their history stays) and reset a password; and the office's seat licences with the
 * workstations holding one now.
 */
public class OfficeRepsPart {
    @Inject
    private EmployeeAdministration employees;
    @Inject
    private Session session;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ServerMonitor monitor;

    private Table list;
    private RepForm form;
    private Label message;
    private Label status;
    private Button deactivate;
    private SeatsSection seats;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        new Label(parent, SWT.NONE).setText("Representatives of " + session.office().name());
        list = Tables.create(parent, "reps.list", new String[] { "Login", "Name", "Roles", "State" },
                new int[] { 110, 180, 260, 90 });
        list.addListener(SWT.Selection, e -> selected().ifPresent(this::edit));
        form = new RepForm(parent);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        Buttons.push(buttons, "reps.new", "New representative", () -> {
            list.deselectAll();
            form.clear();
            refreshButtons();
        });
        Buttons.push(buttons, "reps.save", "Save", () -> save(null));
        deactivate = Buttons.push(buttons, "reps.deactivate", "Deactivate", () -> save(!currentlyActive()));
        status = Ids.tag(new Label(parent, SWT.NONE), "reps.status");
        status.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        message = MessageLine.problemLine(parent, "reps.message", 1);
        seats = new SeatsSection(parent);
        reload(0);
        seats.show(monitor, session);
    }


    private void reload(long select) {
        List<Employee> all;
        try {
            all = employees.employees(session);
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("list the office's representatives", e));
            return;
        }
        list.removeAll();
        for (Employee e : all) {
            TableItem row = new TableItem(list, SWT.NONE);
            row.setText(new String[] { e.login(), e.displayName(),
                    e.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")),
                    e.active() ? "Active" : "Deactivated" });
            row.setData(e);
            if (e.id() == select) {
                list.setSelection(row);
                form.show(e);
            }
        }
        refreshButtons();
    }

    private Optional<Employee> selected() {
        return list.getSelectionCount() == 1 ? Optional.of((Employee) list.getSelection()[0].getData())
                : Optional.empty();
    }

    private void edit(Employee e) {
        form.show(e);
        status.setText("");
        MessageLine.show(message, "");
        refreshButtons();
    }

    private boolean currentlyActive() {
        return selected().map(Employee::active).orElse(true);
    }

    private void refreshButtons() {
        deactivate.setEnabled(form.id() != 0);
        deactivate.setText(currentlyActive() ? "Deactivate" : "Reactivate");
        deactivate.getParent().layout(true, true);
    }

    /** Saves the form; {@code active} not null switches whether the rep may sign in. */
    private void save(Boolean active) {
        try {
            Employee saved = employees.save(session, form.value(session.officeId(), active), form.newPassword());
            MessageLine.show(message, "");
            status.setText((saved.active() ? "Saved " : "Deactivated ") + saved.displayName() + ".");
            reload(saved.id());
        } catch (ValidationException e) {
            form.showErrors(e.errors());
            status.setText("");
            MessageLine.show(message, "Not saved: see the fields marked.");
        } catch (RuntimeException e) {
            status.setText("");
            MessageLine.show(message, Problems.describe("save the representative", e));
        }
    }
}
