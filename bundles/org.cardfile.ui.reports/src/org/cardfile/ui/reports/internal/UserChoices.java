package org.cardfile.ui.reports.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * The questions the Reports part asks in a dialog of the desktop: where to save, which file to add,
 * whether to go ahead. The part finds them in its context, so another answerer (a UI test's) can stand
 * in for the native dialogs, which no test can drive.
 */
public interface UserChoices {

    /** Where to save a file named like {@code suggestedName}; empty when the user cancels. */
    Optional<Path> saveAs(Shell shell, String title, String suggestedName, String extension);

    /** Which existing file with {@code extension} to open; empty when the user cancels. */
    Optional<Path> open(Shell shell, String title, String extension);

    /** Whether the user confirms {@code question}. */
    boolean confirm(Shell shell, String title, String question);
}
