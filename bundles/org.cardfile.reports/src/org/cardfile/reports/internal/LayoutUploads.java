package org.cardfile.reports.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportLayout;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;

/**
 * Layouts an admin adds to or removes from the reports folder through Cardfile rather than the file
 * system: each is checked as a listing would check it before it is written, so a layout that would only
 * be listed as broken, or that would shadow a shipped report, never reaches the folder.
 */
final class LayoutUploads {
    private static final int MAX_NAME_LENGTH = 120;
    /** Report ids end up in file names, command lines and URLs: letters, digits, dot, dash, underscore. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final LayoutInspector inspector;
    private volatile DropInFolderLayouts folder;

    LayoutUploads(LayoutInspector inspector) {
        this.inspector = inspector;
    }

    void folder(DropInFolderLayouts writable) {
        folder = writable;
    }

    void forget(DropInFolderLayouts gone) {
        if (folder == gone) {
            folder = null;
        }
    }

    boolean removable(ReportLayout layout) {
        DropInFolderLayouts writable = folder;
        return writable != null && writable.holds(layout);
    }

    /** Writes the layout after checking it; {@code current} is the catalog as it is now. */
    String add(Session session, String fileName, byte[] design, Map<String, InspectedLayout> current) {
        session.require(Permission.MANAGE_REPORTS);
        String id = id(fileName);
        DropInFolderLayouts writable = writable();
        InspectedLayout existing = current.get(id);
        if (existing != null && !writable.holds(existing.layout())) {
            throw new ReportException("The report id " + id + " belongs to the shipped report \"" + existing.title()
                    + "\" (" + existing.layout().origin() + "); rename the file to add it beside that one.");
        }
        ReportLayout layout = new ReportLayout(id, writable.folder().resolve(id + DropInFolderLayouts.EXTENSION).toUri(),
                "reports folder " + writable.folder());
        InspectedLayout inspected = inspector.inspect(layout, design);
        if (!inspected.runnableNow()) {
            throw new ReportException("The layout " + fileName + " was not added: " + inspected.problem() + ".");
        }
        try {
            writable.write(id, design);
        } catch (IOException e) {
            throw new ReportException("The layout " + fileName + " could not be written to " + writable.folder() + ": "
                    + Messages.chain(e), e);
        }
        return id;
    }

    void remove(Session session, String reportId, Map<String, InspectedLayout> current) {
        session.require(Permission.MANAGE_REPORTS);
        DropInFolderLayouts writable = writable();
        InspectedLayout existing = reportId == null ? null : current.get(reportId);
        if (existing == null) {
            throw new ReportException("There is no report '" + reportId + "' to remove.");
        }
        if (!writable.holds(existing.layout())) {
            throw new ReportException("The report " + reportId + " is shipped with Cardfile (" + existing.layout().origin()
                    + "); it goes when its feature is switched off or uninstalled.");
        }
        try {
            writable.delete(reportId);
        } catch (IOException e) {
            throw new ReportException("The layout " + reportId + " could not be removed from " + writable.folder() + ": "
                    + Messages.chain(e), e);
        }
    }

    private DropInFolderLayouts writable() {
        DropInFolderLayouts writable = folder;
        if (writable == null) {
            throw new ReportException("There is no reports folder to add layouts to.");
        }
        return writable;
    }

    /** The report id a file name gives, or a refusal saying what a good name looks like. */
    static String id(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ReportException("The file name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (!name.toLowerCase(Locale.ROOT).endsWith(DropInFolderLayouts.EXTENSION)) {
            throw new ReportException("\"" + name + "\" is not a BIRT layout: its name must end in "
                    + DropInFolderLayouts.EXTENSION + ".");
        }
        String id = name.substring(0, name.length() - DropInFolderLayouts.EXTENSION.length());
        if (!ID.matcher(id).matches()) {
            throw new ReportException("\"" + name + "\" cannot be a report id: use letters, digits, '.', '-' and '_',"
                    + " starting with a letter or digit.");
        }
        return id;
    }
}
