package org.cardfile.core.cards;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a prepared e-mail from a card: {@code {fieldId}} becomes the field's value, {@code {rep}}
 * the sending rep's name and {@code {office}} the office's name. A placeholder with no value
 * becomes empty rather than staying in the text a customer reads; an unknown name stays as typed
 * so the preset's author sees the mistake.
 */
public final class PresetText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)\\}");

    private PresetText() {
    }

    public static String render(String text, CardLayout layout, Map<String, String> values, String rep, String office) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.equals("rep")) {
                replacement = rep;
            } else if (name.equals("office")) {
                replacement = office;
            } else if (layout.field(name).isPresent()) {
                replacement = FieldText.display(layout.field(name).get(), values.getOrDefault(name, ""));
            } else {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
