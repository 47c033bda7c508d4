package org.cardfile.core.service;

import java.util.List;

/**
 * The outcome of an import. {@code imported} rows were committed together; {@code rejected}
 * rows were skipped with the reason; a cancelled import commits nothing.
 */
public record ImportResult(int imported, List<RejectedRow> rejected, boolean cancelled) {

    public record RejectedRow(long line, String reason) {
    }
}
