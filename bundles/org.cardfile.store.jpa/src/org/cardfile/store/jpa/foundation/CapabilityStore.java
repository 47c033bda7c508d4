package org.cardfile.store.jpa.foundation;

/**
 * A capability's tables and reporting views, brought to this release's version when its store
 * component activates. Stores are started when first used, so a reader of the schema as a whole (the
 * reporting database) references every one of these: each is then migrated before its views are read,
 * even on a server where nobody has used the capability yet.
 */
public interface CapabilityStore {

    /** The name the capability's tables' versions are recorded under. */
    String capability();
}
