package org.cardfile.store.jpa.foundation.entity;

/** The one table-backed id generator shared by all entities; allocations of 100 let inserts batch. */
public final class Ids {
    public static final String GENERATOR = "cardfileIds";

    private Ids() {
    }
}
