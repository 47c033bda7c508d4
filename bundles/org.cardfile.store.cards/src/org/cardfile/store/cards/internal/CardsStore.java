package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.CapabilityStore;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.db.CapabilitySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The cards capability's tables (cards, values, notes, reminders, office fields, switched-off
 * templates), brought to this release's version when the capability starts. Cards build on the
 * incoming calls' entries (a card links the call it answers), so this starts once the calls store
 * offers its ledger, after the calls tables exist. The card components reference this one and work
 * in its persistence unit ({@code cardfile.cards}), which maps the card entities and the foundation
 * entities a card writes with it.
 */
@Component(service = { CardsStore.class, CapabilityStore.class })
public class CardsStore implements AutoCloseable, CapabilityStore {
    /** The name the cards tables' versions are recorded under. */
    public static final String CAPABILITY = "cards";

    /** The persistence unit the cards store declares in its {@code META-INF/persistence.xml}. */
    static final String UNIT = "cardfile.cards";

    private final PersistenceUnit unit;

    @Override
    public String capability() {
        return CAPABILITY;
    }

    @Activate
    public CardsStore(@Reference JpaStore store, @Reference CallLedger calls) {
        store.migrate(schema());
        this.unit = store.openUnit(UNIT, CardsStore.class.getClassLoader());
    }

    public static CapabilitySchema schema() {
        return new CapabilitySchema(CAPABILITY, CardsStore.class, "db/cards/changelog.xml");
    }

    public PersistenceUnit store() {
        return unit;
    }

    @Deactivate
    @Override
    public void close() {
        unit.close();
    }
}
