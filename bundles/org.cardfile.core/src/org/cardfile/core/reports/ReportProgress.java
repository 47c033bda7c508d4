package org.cardfile.core.reports;

/**
 * What a running report reports back, and how it is stopped: the UI's job passes its progress
 * monitor, the command line a console one. A run asked to stop ends with {@link ReportCancelledException}.
 */
public interface ReportProgress {

    /** One step of the run ("Reading data", "Page 3"). */
    void step(String what);

    boolean cancelled();

    ReportProgress NONE = new ReportProgress() {
        @Override
        public void step(String what) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
