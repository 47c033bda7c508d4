package org.cardfile.core.cards;

/**
 * A prepared e-mail a rep can send from a card. {@code subject} and {@code body} may name card
 * fields in braces, {@code {firstName}}, and {@code {rep}}, {@code {office}}; see {@link PresetText}.
 */
public record EmailPreset(String id, String name, String subject, String body) {
    public EmailPreset {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An e-mail preset needs an id");
        }
        name = name == null ? id : name;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
