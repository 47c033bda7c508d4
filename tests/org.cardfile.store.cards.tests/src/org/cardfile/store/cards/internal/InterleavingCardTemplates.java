package org.cardfile.store.cards.internal;

import java.util.List;

import org.cardfile.core.capabilities.CapabilitySwitchLedger;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.store.jpa.foundation.SessionRegistry;

import jakarta.persistence.EntityManager;

/**
 * The card templates with a hook into the middle of the next card save: the work runs after the
 * save has read and checked the card and before it writes, as another workstation's save would.
 */
public final class InterleavingCardTemplates extends JpaCardTemplates {
    private volatile Runnable next;

    public InterleavingCardTemplates(CardsStore cards, SessionRegistry sessions, CapabilitySwitchLedger switches) {
        super(cards, sessions, switches);
    }

    /** Runs {@code work} once, inside the next card save, between its version check and its write. */
    public void duringNextSave(Runnable work) {
        next = work;
    }

    @Override
    List<FieldDefinition> custom(EntityManager em, long officeId, String templateId, boolean withRetired) {
        Runnable work = next;
        if (withRetired && work != null) {
            // the save reads the office's fields, retired ones too, right after checking the version
            next = null;
            work.run();
        }
        return super.custom(em, officeId, templateId, withRetired);
    }
}
