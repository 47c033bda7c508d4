package org.cardfile.store.jpa.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cardfile.core.service.StaleRecordException;

/** The refusal a user reads when someone else saved the record first. */
final class StaleMessages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StaleMessages() {
    }

    static StaleRecordException changedSince(String what, String by, Instant at) {
        String when = at == null ? "" : " at " + TIME.format(at.atZone(ZoneId.systemDefault()));
        return new StaleRecordException(what + " was changed by " + by + when
                + " after you opened it. Reopen it to see the changes; your edits are still in the editor.");
    }
}
