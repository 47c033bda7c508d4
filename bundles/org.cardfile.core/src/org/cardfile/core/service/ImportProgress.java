package org.cardfile.core.service;

/** Progress and cancellation of a long import, without tying core to a UI job API. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void begin(String task, int totalRows) {
    }

    default void worked(int rows) {
    }

    default boolean isCanceled() {
        return false;
    }
}
