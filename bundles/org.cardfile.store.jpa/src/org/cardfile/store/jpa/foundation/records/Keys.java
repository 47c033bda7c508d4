package org.cardfile.store.jpa.foundation.records;

import java.util.Locale;

/** The normalised forms that indexed prefix searches compare against. */
public final class Keys {
    private Keys() {
    }

    public static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    public static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Escapes LIKE wildcards in user input and appends the prefix wildcard. */
    public static String prefix(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
