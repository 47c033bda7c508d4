package org.cardfile.ui.internal.widgets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The rows of a virtual table, fetched a page at a time as the table asks for them and kept until
 * the query changes, so scrolling through a million customers only reads what is shown.
 */
public final class PagedRows<T> {
    public static final int PAGE = 100;

    private final BiFunction<Integer, Integer, List<T>> fetch;
    private final Map<Integer, List<T>> pages = new HashMap<>();

    /** @param fetch (offset, limit) → rows */
    public PagedRows(BiFunction<Integer, Integer, List<T>> fetch) {
        this.fetch = fetch;
    }

    public T row(int index) {
        int page = index / PAGE;
        List<T> rows = pages.computeIfAbsent(page, p -> fetch.apply(p * PAGE, PAGE));
        int within = index - page * PAGE;
        return within < rows.size() ? rows.get(within) : null;
    }
}
