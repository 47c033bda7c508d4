package org.cardfile.store.jpa.internal.entity;

/** The one table-backed id generator shared by all entities; allocations of 100 let inserts batch. */
final class Ids {
    static final String GENERATOR = "cardfileIds";

    private Ids() {
    }
}
