package org.cardfile.ui.internal.admin;

import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.ui.internal.AdminPartHandler;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Admin → Office reps…: opens the office's representatives beside the editors. */
public class OpenOfficeRepsHandler extends AdminPartHandler {
    public OpenOfficeRepsHandler() {
        super("org.cardfile.ui.partdescriptor.officereps");
    }

    @CanExecute
    public boolean admin(@Optional Session session, @Optional EmployeeAdministration employees) {
        return session != null && employees != null && session.may(Permission.MANAGE_USERS);
    }
}
