package org.cardfile.ui.internal.handlers;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs a CSV import in the background with progress and cancel; the result (or failure) goes to
 * {@code done}, which the caller shows on the UI thread.
 */
final class ImportJob extends Job {
    private final Path file;
    private final BiFunction<Reader, ImportProgress, ImportResult> importer;
    private final java.util.function.Consumer<String> done;

    ImportJob(String what, Path file, BiFunction<Reader, ImportProgress, ImportResult> importer,
            java.util.function.Consumer<String> done) {
        super("Importing " + what + " from " + file.getFileName());
        this.file = file;
        this.importer = importer;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportResult result = importer.apply(reader, new ImportProgress() {
                @Override
                public void begin(String task, int totalRows) {
                    monitor.beginTask(task, totalRows < 0 ? IProgressMonitor.UNKNOWN : totalRows);
                }

                @Override
                public void worked(int rows) {
                    monitor.worked(rows);
                }

                @Override
                public boolean isCanceled() {
                    return monitor.isCanceled();
                }
            });
            done.accept(summary(result));
            return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            done.accept("The import failed and nothing was imported: " + e.getMessage());
            return Status.error("Import of " + file + " failed", e);
        } finally {
            monitor.done();
        }
    }

    static String summary(ImportResult result) {
        if (result.cancelled()) {
            return "Import cancelled: nothing was imported.";
        }
        String rejected = result.rejected().stream().limit(50)
                .map(r -> "line " + r.line() + ": " + r.reason()).collect(Collectors.joining("\n"));
        return result.imported() + " row(s) imported." + (result.rejected().isEmpty() ? ""
                : "\n" + result.rejected().size() + " row(s) rejected:\n" + rejected
                        + (result.rejected().size() > 50 ? "\n…" : ""));
    }
}
