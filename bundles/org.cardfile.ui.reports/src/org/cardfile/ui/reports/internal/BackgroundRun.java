package org.cardfile.ui.reports.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportProgress;
import org.cardfile.ui.internal.Ids;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Runs a report or an export as a cancellable job, one at a time, with its progress shown in the
 * part (a moving bar, the step it is at, a Stop button). The outcome comes back on the UI thread; an
 * outcome that arrives after the part closed is closed rather than shown.
 */
final class BackgroundRun {
    private final Composite row;
    private final Label step;
    private final Button stop;
    private final Display display;
    private Job running;

    BackgroundRun(Composite parent) {
        display = parent.getDisplay();
        row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        row.setLayoutData(data);
        row.setVisible(false);
        new ProgressBar(row, SWT.INDETERMINATE);
        step = Ids.tag(new Label(row, SWT.NONE), "reports.step");
        step.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        stop = Ids.tag(new Button(row, SWT.PUSH), "reports.stop");
        stop.setText("Stop");
        stop.addListener(SWT.Selection, e -> cancel());
    }

    boolean busy() {
        return running != null;
    }

    /**
     * Runs {@code work} in the background. {@code done} gets its result, {@code failed} its failure
     * (a {@link ReportCancelledException} when stopped); both on the UI thread.
     */
    <T> void start(String name, Function<ReportProgress, T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        if (running != null) {
            throw new IllegalStateException("A report job is still running");
        }
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                ReportProgress progress = new ReportProgress() {
                    @Override
                    public void step(String what) {
                        monitor.subTask(what);
                        onUi(() -> step.setText(what));
                    }

                    @Override
                    public boolean cancelled() {
                        return monitor.isCanceled();
                    }
                };
                try {
                    T result = work.apply(progress);
                    finish(() -> done.accept(result), result);
                    return Status.OK_STATUS;
                } catch (ReportCancelledException e) {
                    finish(() -> failed.accept(e), null);
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    finish(() -> failed.accept(e), null);
                    // the part shows the message; the job's status puts the details in the log
                    return Status.error(name + " failed: " + e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        running = job;
        step.setText(name);
        stop.setEnabled(true);
        show(true);
        job.schedule();
    }

    void cancel() {
        Job job = running;
        if (job != null) {
            stop.setEnabled(false);
            step.setText("Stopping…");
            job.cancel();
        }
    }

    private void finish(Runnable outcome, Object result) {
        Runnable deliver = () -> {
            if (row.isDisposed()) {
                close(result);
                return;
            }
            running = null;
            show(false);
            outcome.run();
        };
        try {
            display.asyncExec(deliver);
        } catch (org.eclipse.swt.SWTException e) {
            close(result); // the display is gone with the workbench
        }
    }

    private static void close(Object result) {
        if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(BackgroundRun.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not close a report the closed Reports part no longer shows", e);
            }
        }
    }

    private void onUi(Runnable action) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!row.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    private void show(boolean visible) {
        row.setVisible(visible);
        ((GridData) row.getLayoutData()).exclude = !visible;
        row.getParent().layout(true, true);
    }
}
