package org.cardfile.store.jpa.foundation.db;

/** One schema step: its version, what it does, and the SQL resource that does it. */
public record Migration(int version, String description, String resource) {
}
