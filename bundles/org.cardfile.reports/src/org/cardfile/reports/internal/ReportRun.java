package org.cardfile.reports.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.core.reports.ReportRequest;
import org.cardfile.core.security.Session;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.IEngineTask;
import org.eclipse.birt.report.engine.api.IGetParameterDefinitionTask;
import org.eclipse.birt.report.engine.api.IProgressMonitor;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.IRunTask;

/**
 * One run of one layout on one office-scoped connection: parameters checked and typed, the output
 * rendered straight into the caller's stream page by page, progress reported and a stop honoured, and
 * every error BIRT collected (it reports a failed data set without throwing) turned into one message.
 */
final class ReportRun {
    /** BIRT's JDBC driver uses this connection instead of opening one from the layout's URL. */
    static final String PASS_IN_CONNECTION = "OdaJDBCDriverPassInConnection";
    /** The connection is Cardfile's to close, after the whole run. */
    static final String PASS_IN_CLOSE_AFTER_USE = "OdaJDBCDriverPassInConnectionCloseAfterUse";

    private final IReportEngine engine;
    private final InspectedLayout layout;
    private LayoutParameters parameters;

    ReportRun(IReportEngine engine, InspectedLayout layout) {
        this.engine = engine;
        this.layout = layout;
    }

    static Map<String, Object> appContext(Connection connection) {
        Map<String, Object> context = new HashMap<>();
        context.put(PASS_IN_CONNECTION, connection);
        context.put(PASS_IN_CLOSE_AFTER_USE, Boolean.FALSE);
        return context;
    }

    /** Read once per run: describing a document and running it share the definitions (a run has one connection). */
    LayoutParameters parameters(Connection connection) {
        if (parameters == null) {
            IGetParameterDefinitionTask task = engine.createGetParameterDefinitionTask(layout.runnable());
            task.setAppContext(appContext(connection));
            task.setLocale(Locale.getDefault());
            parameters = new LayoutParameters(layout.layout().id(), task);
        }
        return parameters;
    }

    void render(Session session, ReportRequest request, Connection connection, OutputStream out, ReportProgress progress) {
        IRunAndRenderTask task = engine.createRunAndRenderTask(layout.runnable());
        try {
            prepare(task, session, request.parameters(), connection, progress);
            task.setRenderOption(RenderOptions.of(request.format(), out));
            execute(task, progress, task::run);
        } finally {
            task.close();
        }
    }

    /** Runs the queries once into a report document at {@code file}, for paging and export later. */
    void document(Session session, Map<String, String> parameters, Connection connection, Path file,
            ReportProgress progress) {
        IRunTask task = engine.createRunTask(layout.runnable());
        try {
            prepare(task, session, parameters, connection, progress);
            execute(task, progress, () -> task.run(file.toString()));
        } finally {
            task.close();
        }
    }

    private void prepare(IEngineTask task, Session session, Map<String, String> parameters, Connection connection,
            ReportProgress progress) {
        Map<String, Object> values = parameters(connection).values(parameters, CardfileParameters.of(session));
        task.setAppContext(appContext(connection));
        task.setLocale(Locale.getDefault());
        task.setParameterValues(values);
        if (!task.validateParameters()) {
            throw new ReportException("The parameters for " + layout.layout().id() + " are not valid: " + errors(task));
        }
        task.setProgressMonitor(new Monitor(task, progress));
    }

    private void execute(IEngineTask task, ReportProgress progress, BirtAction action) {
        String id = layout.layout().id();
        try {
            progress.step("Running " + layout.title());
            action.run();
            if (progress.cancelled() || task.getStatus() == IEngineTask.STATUS_CANCELLED) {
                throw new ReportCancelledException(id);
            }
            if (!task.getErrors().isEmpty()) {
                throw new ReportException("The report " + id + " failed: " + errors(task));
            }
        } catch (EngineException e) {
            if (progress.cancelled()) {
                throw new ReportCancelledException(id);
            }
            throw new ReportException("The report " + id + " failed: " + Messages.chain(e), e);
        }
    }

    /** A BIRT call that may throw its checked exception. */
    @FunctionalInterface
    interface BirtAction {
        void run() throws EngineException;
    }

    static String errors(IEngineTask task) {
        List<?> errors = task.getErrors();
        StringBuilder text = new StringBuilder();
        for (Object error : errors) {
            if (!text.isEmpty()) {
                text.append(" | ");
            }
            text.append(error instanceof Throwable t ? Messages.chain(t) : String.valueOf(error));
        }
        return text.isEmpty() ? "BIRT gave no reason" : text.toString();
    }

    /** Turns BIRT's progress events into steps, and a stop into the task's cancel. */
    record Monitor(IEngineTask task, ReportProgress progress) implements IProgressMonitor {
        @Override
        public void onProgress(int type, int value) {
            if (progress.cancelled()) {
                task.cancel();
                return;
            }
            switch (type) {
            case START_QUERY -> progress.step("Reading data");
            case START_PAGE -> progress.step("Page " + value);
            case FETCH_ROW -> {
                if (value % 10_000 == 0) {
                    progress.step(value + " rows read");
                }
            }
            default -> {
                // the other events (end of task, page, query) need no words
            }
            }
        }
    }
}
