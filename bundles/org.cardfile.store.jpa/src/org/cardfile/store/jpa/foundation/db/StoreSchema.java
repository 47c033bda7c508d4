package org.cardfile.store.jpa.foundation.db;

/** The foundation's own tables: offices, employees, customers, products, purchases, contacts, audit, and
 * the switches of installed capabilities. */
public final class StoreSchema {
    /** The name the foundation's steps are recorded under. */
    public static final String CAPABILITY = "store";

    private StoreSchema() {
    }

    public static CapabilitySchema schema() {
        return new CapabilitySchema(CAPABILITY, StoreSchema.class, "db/changelog.xml");
    }
}
