package org.cardfile.reports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What went wrong, in words: BIRT wraps the database's message several exceptions deep ("Cannot
 * execute the statement" around "SQL error #1" around the driver's text), and a user needs the
 * innermost part as much as the outermost.
 */
final class Messages {
    private static final int MAX_LENGTH = 2000;

    private Messages() {
    }

    static String chain(Throwable error) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = error; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getLocalizedMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            String tidy = message.replaceAll("\\s+", " ").trim();
            if (parts.stream().noneMatch(p -> p.contains(tidy))) {
                parts.add(tidy);
            }
        }
        String text = parts.isEmpty() ? error.getClass().getSimpleName() : String.join(" — ", parts);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }
}
