package org.cardfile.core.service;

import java.util.List;

import org.cardfile.core.model.Interaction;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.security.Session;

/** Every contact with a customer, newest first. */
public interface ContactLog {

    /** Logs a contact as the session's employee, now. Codes must be active catalogue entries. */
    Interaction log(Session session, InteractionDraft draft);

    List<Interaction> forCustomer(Session session, long customerId);
}
