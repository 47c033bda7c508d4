package org.cardfile.ui.internal.handlers;

import org.cardfile.core.security.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Commands that need someone signed in. */
public abstract class SignedIn {
    @CanExecute
    public boolean signedIn(@Optional Session session) {
        return session != null;
    }
}
