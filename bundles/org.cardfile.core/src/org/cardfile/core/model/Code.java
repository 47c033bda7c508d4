package org.cardfile.core.model;

/** An entry of the problem or solution code catalogue. */
public record Code(CodeKind kind, String code, String description, boolean active) {
    public String label() {
        return code + " — " + description;
    }
}
