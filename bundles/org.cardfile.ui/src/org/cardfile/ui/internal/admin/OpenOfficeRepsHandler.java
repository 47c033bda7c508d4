package org.cardfile.ui.internal.admin;

import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.ui.internal.EditorArea;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Admin → Office reps…: opens the office's representatives beside the editors. */
public class OpenOfficeRepsHandler {
    static final String PART = "org.cardfile.ui.partdescriptor.officereps";

    @CanExecute
    public boolean admin(@Optional Session session, @Optional EmployeeAdministration employees) {
        return session != null && employees != null && session.may(Permission.MANAGE_USERS);
    }

    @Execute
    public void execute(EPartService parts, EModelService model, MApplication application) {
        EditorArea.show(parts, model, application, PART);
    }
}
