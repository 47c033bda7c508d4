package org.cardfile.ui.internal;

import java.util.stream.Collectors;

import org.cardfile.core.model.Role;
import org.cardfile.core.security.Session;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The bottom line: who is signed in, in which role and office. */
public class StatusLine {
    private Label label;

    @PostConstruct
    public void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        label = Ids.tag(new Label(box, SWT.NONE), "status.user");
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.setText("Not signed in");
    }

    @Inject
    public void show(@Optional Session session) {
        if (label == null || label.isDisposed()) {
            return;
        }
        label.setText(session == null ? "Not signed in" : session.employee().displayName() + " · "
                + session.employee().roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))
                + " · " + session.office().name());
        label.getParent().getParent().layout(true, true);
    }
}
