package org.cardfile.store.jpa.foundation.db;

/**
 * One capability's tables as a Liquibase change log shipped in the capability's bundle. Its change
 * sets are the capability's steps: author = the capability's name, ids numbered 1, 2, 3, … oldest
 * first, and the change log's {@code logicalFilePath} is the capability's name too, so the record
 * of applied steps does not depend on where the file sits. A release only ever appends change sets
 * and never edits a released one (Liquibase refuses a changed checksum).
 *
 * @param capability the name its steps are recorded under, e.g. {@code calls}
 * @param owner a class of the bundle the change log ships in
 * @param changeLog the change log's path in that bundle, e.g. {@code db/changelog.xml}
 */
public record CapabilitySchema(String capability, Class<?> owner, String changeLog) {
    public CapabilitySchema {
        if (!capability.matches("[a-z][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("A capability's schema name is 1 to 64 lower-case letters, digits,"
                    + " dots or dashes: " + capability);
        }
    }
}
