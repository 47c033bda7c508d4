package org.cardfile.ui.internal.handlers;

import java.io.Reader;
import java.nio.file.Path;

import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.DataImport;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.cardfile.ui.internal.Topics;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for a CSV file and imports it in a cancellable job with a progress dialog, through the import
 * service of the capability that owns the records ({@link DataImport} for customers and products, the
 * calls' {@code DirectoryImport} for the caller directory).
 */
public abstract class ImportHandler<S> {
    /** One of the service's import methods. */
    @FunctionalInterface
    protected interface Importer<S> {
        ImportResult run(S imports, Session session, Reader csv, ImportProgress progress);
    }

    private final String what;
    private final Class<S> service;
    private final Importer<S> importer;

    protected ImportHandler(String what, Class<S> service, Importer<S> importer) {
        this.what = what;
        this.service = service;
        this.importer = importer;
    }

    @CanExecute
    public boolean mayImport(@Optional Session session, IEclipseContext context) {
        return session != null && session.may(Permission.IMPORT_DATA) && context.get(service) != null;
    }

    @Execute
    public void execute(Shell shell, Session session, IEclipseContext context, IEventBroker events) {
        S imports = context.get(service);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        ImportJob job = new ImportJob(what, Path.of(chosen),
                (reader, progress) -> importer.run(imports, session, reader, progress),
                summary -> shell.getDisplay().asyncExec(() -> {
                    MessageDialog.openInformation(shell, "Import of " + what, summary);
                    events.send(Topics.REFRESH, Boolean.TRUE);
                }));
        job.schedule();
        // the job is a user job: the workbench's progress service shows it with a Cancel button
    }
}
