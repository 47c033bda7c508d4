package org.cardfile.store.jpa.foundation.db;

import java.util.List;

/** The foundation's own tables: offices, employees, customers, products, purchases, contacts, audit, and
 * the switches of installed capabilities. */
public final class StoreSchema {
    /** The name the foundation's versions are recorded under. */
    public static final String CAPABILITY = "store";

    private StoreSchema() {
    }

    public static CapabilitySchema schema() {
        return new CapabilitySchema(CAPABILITY, StoreSchema.class.getClassLoader(), "db", List.of(
                new Migration(1, "initial schema", "V1__initial_schema.sql"),
                new Migration(2, "purchases and product images", "V2__purchases_and_product_images.sql"),
                new Migration(3, "covering indexes for search as you type", "V3__search_indexes.sql"),
                new Migration(4, "capability switches and their history", "V4__capability_switches.sql")));
    }
}
