package org.cardfile.ui.reports.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

/** {@link UserChoices} as the desktop's own file and message dialogs ask them. */
final class DesktopDialogs implements UserChoices {

    @Override
    public Optional<Path> saveAs(Shell shell, String title, String suggestedName, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(suggestedName);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public Optional<Path> open(Shell shell, String title, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public boolean confirm(Shell shell, String title, String question) {
        MessageBox box = new MessageBox(shell, SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText(title);
        box.setMessage(question);
        return box.open() == SWT.YES;
    }
}
