package org.cardfile.store.jpa.foundation.records;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cardfile.core.service.StaleRecordException;

/** The refusal a user reads when someone else saved the record first. */
public final class StaleMessages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StaleMessages() {
    }

    public static StaleRecordException changedSince(String what, String by, Instant at) {
        String when = at == null ? "" : " at " + TIME.format(at.atZone(ZoneId.systemDefault()));
        return new StaleRecordException(what + " was changed by " + by + when
                + " after you opened it. Reopen it to see the changes; your edits are still in the editor.");
    }

    /**
     * Whether the failure is an optimistic-lock conflict, thrown at flush or at commit, directly or
     * as a cause: someone saved the record between our version check and our write.
     */
    public static boolean isOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
