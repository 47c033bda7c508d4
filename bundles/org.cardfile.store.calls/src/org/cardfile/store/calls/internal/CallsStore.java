package org.cardfile.store.calls.internal;

import org.cardfile.store.jpa.foundation.CapabilityStore;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.db.CapabilitySchema;
import org.cardfile.store.jpa.foundation.db.Dialect;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The incoming-calls capability's tables (tracking numbers, the durable inbox, call entries, the
 * reverse-lookup directory), brought to this release's version when the capability starts. Every
 * calls component references this one, so none runs on tables that are not there yet.
 */
@Component(service = { CallsStore.class, CapabilityStore.class })
public class CallsStore implements CapabilityStore {
    /** The name the calls tables' versions are recorded under. */
    public static final String CAPABILITY = "calls";

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final CallHours hours;

    @Override
    public String capability() {
        return CAPABILITY;
    }

    @Activate
    public CallsStore(@Reference JpaStore store) {
        store.migrate(schema());
        this.jdbc = new Jdbc(store.database().dataSource());
        this.dialect = store.database().dialect();
        this.hours = new CallHours(dialect);
    }

    public static CapabilitySchema schema() {
        return new CapabilitySchema(CAPABILITY, CallsStore.class, "db/changelog.xml");
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Keeps the per-hour summaries in step with a change of a call; every writer of calls uses it. */
    public CallHours hours() {
        return hours;
    }
}
