package org.cardfile.ui.internal;

import java.lang.System.Logger.Level;

import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.core.service.ValidationException;

/** Turns a failure of a service call into the sentence a user reads, and logs the unexpected ones. */
public final class Problems {
    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static String describe(String doing, RuntimeException e) {
        if (e instanceof ValidationException || e instanceof StaleRecordException || e instanceof AccessDeniedException
                || e instanceof NotFoundException) {
            return e.getMessage();
        }
        LOG.log(Level.ERROR, "Failed while " + doing, e);
        return "Could not " + doing + ": " + e.getMessage() + " (details are in the log)";
    }
}
