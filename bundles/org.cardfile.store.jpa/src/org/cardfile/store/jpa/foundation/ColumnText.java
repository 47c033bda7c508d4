package org.cardfile.store.jpa.foundation;

/** Fits text into a column of fixed width. */
public final class ColumnText {
    private ColumnText() {
    }

    /** The first {@code width} characters: for keys and signalled values, where an ellipsis would be data. */
    public static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width);
    }

    /** At most {@code width} characters, ending in "…" when shortened: for text a person reads. */
    public static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
