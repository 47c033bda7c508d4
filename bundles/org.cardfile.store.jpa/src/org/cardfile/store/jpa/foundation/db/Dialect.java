package org.cardfile.store.jpa.foundation.db;

import java.util.Locale;

/**
 * What differs between the databases the store runs on. The SQL is written once in the common
 * subset of Derby and PostgreSQL; only what cannot be shared is asked of the dialect: the
 * EclipseLink platform, the time-stamp type, and the case the catalogue keeps unquoted names in. (A
 * migration script that needs another column type has a PostgreSQL variant its change log picks.)
 */
public enum Dialect {
    /** Derby, embedded or through its network server. */
    DERBY("Derby", "TIMESTAMP"),
    /**
     * PostgreSQL: time stamps are {@code timestamptz}, so an instant stays the same instant whatever
     * the time zone of the workstation that wrote or reads it.
     */
    POSTGRESQL("PostgreSQL", "TIMESTAMPTZ");

    private final String eclipseLinkTarget;
    private final String timestampType;

    Dialect(String eclipseLinkTarget, String timestampType) {
        this.eclipseLinkTarget = eclipseLinkTarget;
        this.timestampType = timestampType;
    }

    /** The value of {@code eclipselink.target-database}. */
    public String eclipseLinkTarget() {
        return eclipseLinkTarget;
    }

    /** The column type of a point in time. */
    public String timestampType() {
        return timestampType;
    }

    /** A time-stamp parameter where the database cannot infer its type, as in a {@code CASE}. */
    public String timestampParameter() {
        return "CAST(? AS " + timestampType + ")";
    }

    /** An unquoted name as the database's catalogue keeps it (PostgreSQL folds to lower case). */
    public String catalogName(String unquoted) {
        return this == POSTGRESQL ? unquoted.toLowerCase(Locale.ROOT) : unquoted.toUpperCase(Locale.ROOT);
    }
}
