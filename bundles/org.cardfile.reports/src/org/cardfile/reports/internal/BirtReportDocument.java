package org.cardfile.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.ReportProgress;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.IEngineTask;
import org.eclipse.birt.report.engine.api.IRenderTask;
import org.eclipse.birt.report.engine.api.IReportDocument;
import org.eclipse.birt.report.engine.api.IReportEngine;

/**
 * A BIRT report document in a private temporary folder: pages rendered on demand, exports rendered
 * from the stored data. Rendering reads no database, so a document outlives the connection it was run
 * on and shows exactly the rows that connection's office scope let through.
 */
final class BirtReportDocument implements ReportDocument {
    private static final System.Logger LOG = System.getLogger(BirtReportDocument.class.getName());

    private final IReportEngine engine;
    private final ReportInfo report;
    private final Map<String, String> parameters;
    private final Path folder;
    private IReportDocument document;

    private BirtReportDocument(IReportEngine engine, ReportInfo report, Map<String, String> parameters, Path folder,
            IReportDocument document) {
        this.engine = engine;
        this.report = report;
        this.parameters = Map.copyOf(parameters);
        this.folder = folder;
        this.document = document;
    }

    /** Runs {@code run} into a new document file and opens it; the folder is removed again if that fails. */
    static BirtReportDocument create(IReportEngine engine, ReportInfo report, Map<String, String> parameters,
            DocumentWriter run) {
        Path folder;
        try {
            // createTempDirectory makes the folder readable by its owner only, so other users of the machine
            // cannot read an office's report data while it is open
            folder = Files.createTempDirectory("cardfile-report-");
        } catch (IOException e) {
            throw new ReportException("The report " + report.id() + " has no room for its document: " + e.getMessage(), e);
        }
        Path file = folder.resolve(report.id() + ".rptdocument");
        try {
            run.write(file);
            return new BirtReportDocument(engine, report, parameters, folder, engine.openReportDocument(file.toString()));
        } catch (EngineException e) {
            delete(folder);
            throw new ReportException("The report " + report.id() + " ran but its document cannot be read: "
                    + Messages.chain(e), e);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** Writes the document to the file it is given. */
    @FunctionalInterface
    interface DocumentWriter {
        void write(Path file);
    }

    @Override
    public ReportInfo report() {
        return report;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public synchronized int pageCount() {
        return (int) Math.max(1, open().getPageCount());
    }

    @Override
    public synchronized void renderPage(int page, OutputStream out) {
        int pages = pageCount();
        if (page < 1 || page > pages) {
            throw new ReportException("The report " + report.id() + " has pages 1 to " + pages + ", not " + page + ".");
        }
        render(RenderOptions.htmlPage(out), ReportProgress.NONE, page);
    }

    @Override
    public synchronized void export(ReportFormat format, OutputStream out, ReportProgress progress) {
        render(RenderOptions.of(format, out), progress, 0);
    }

    private void render(org.eclipse.birt.report.engine.api.IRenderOption option, ReportProgress progress, int page) {
        IRenderTask task = engine.createRenderTask(open());
        try {
            task.setRenderOption(option);
            task.setProgressMonitor(new ReportRun.Monitor(task, progress));
            if (page > 0) {
                task.setPageNumber(page);
            }
            task.render();
            if (progress.cancelled() || task.getStatus() == IEngineTask.STATUS_CANCELLED) {
                throw new ReportCancelledException(report.id());
            }
            if (!task.getErrors().isEmpty()) {
                throw new ReportException("The report " + report.id() + " could not be rendered: " + ReportRun.errors(task));
            }
        } catch (EngineException e) {
            if (progress.cancelled()) {
                throw new ReportCancelledException(report.id());
            }
            throw new ReportException("The report " + report.id() + " could not be rendered: " + Messages.chain(e), e);
        } finally {
            task.close();
        }
    }

    private IReportDocument open() {
        if (document == null) {
            throw new ReportException("The report " + report.id() + " was closed; run it again.");
        }
        return document;
    }

    @Override
    public synchronized void close() {
        if (document != null) {
            document.close();
            document = null;
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder costs disk, not data; say where it is so it can be removed
            LOG.log(System.Logger.Level.WARNING, "Could not remove the report document folder " + folder, e);
        }
    }
}
