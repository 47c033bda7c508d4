package org.cardfile.core.cards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything a card template declares: its pages, sections and fields, the fields that name a card
 * in lists, its prepared e-mails and the dated entries it offers. A plain value, so it travels to
 * workstations and is drawn by the one generic renderer.
 *
 * @param id            stable template id, e.g. {@code multihousing.guest}; tracking numbers name it
 * @param name          what reps read, e.g. "Guest card"
 * @param industry      the vertical it belongs to, e.g. "Multi-housing"
 * @param description   one sentence for the template list
 * @param pages         front, back, …; at least one
 * @param titleFields   the ids of the fields whose values, joined, name a card ("Baker, Ben")
 * @param emailPresets  prepared e-mails
 * @param reminderKinds the dated entries the card keeps (follow-ups, appointments); empty for none
 */
public record CardLayout(String id, String name, String industry, String description, List<CardPage> pages,
        List<String> titleFields, List<EmailPreset> emailPresets, List<ReminderKind> reminderKinds) {

    /** The section office admins' custom fields are added to, on the last page. */
    public static final String CUSTOM_SECTION = "officeFields";

    public CardLayout {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A card template needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        industry = industry == null ? "" : industry;
        description = description == null ? "" : description;
        pages = List.copyOf(pages);
        titleFields = titleFields == null ? List.of() : List.copyOf(titleFields);
        emailPresets = emailPresets == null ? List.of() : List.copyOf(emailPresets);
        reminderKinds = reminderKinds == null ? List.of() : List.copyOf(reminderKinds);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("The card template " + id + " has no page");
        }
        Set<String> seen = new HashSet<>();
        for (CardPage page : pages) {
            for (CardSection section : page.sections()) {
                for (FieldDefinition field : section.fields()) {
                    if (!seen.add(field.id())) {
                        throw new IllegalArgumentException("The card template " + id + " declares the field "
                                + field.id() + " twice");
                    }
                }
            }
        }
        for (String title : titleFields) {
            if (!seen.contains(title)) {
                throw new IllegalArgumentException("The title field " + title + " is not a field of " + id);
            }
        }
    }

    /** All fields, page by page, section by section. */
    public Stream<FieldDefinition> fields() {
        return pages.stream().flatMap(p -> p.sections().stream()).flatMap(s -> s.fields().stream());
    }

    public Optional<FieldDefinition> field(String fieldId) {
        return fields().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    /** The first field that carries this identity, e.g. the caller's phone. */
    public Optional<FieldDefinition> fieldFor(FieldSource source) {
        return fields().filter(f -> f.source() == source).findFirst();
    }

    public Optional<EmailPreset> emailPreset(String presetId) {
        return emailPresets.stream().filter(p -> p.id().equals(presetId)).findFirst();
    }

    /**
     * This layout with an office's custom fields in an "Office fields" section on the last page.
     * A custom field whose id the template itself uses is left out: the shipped field wins.
     */
    public CardLayout withCustomFields(List<FieldDefinition> custom) {
        List<FieldDefinition> extra = custom.stream().filter(f -> field(f.id()).isEmpty()).map(FieldDefinition::asCustom)
                .toList();
        if (extra.isEmpty()) {
            return this;
        }
        List<CardPage> withExtra = new ArrayList<>(pages.subList(0, pages.size() - 1));
        CardPage last = pages.get(pages.size() - 1);
        List<CardSection> sections = new ArrayList<>(last.sections());
        sections.add(new CardSection(CUSTOM_SECTION, "Office fields", extra));
        withExtra.add(new CardPage(last.id(), last.title(), sections));
        return new CardLayout(id, name, industry, description, withExtra, titleFields, emailPresets, reminderKinds);
    }

    /** A title for a card from its values: the title fields joined, else the template's name. */
    public String titleOf(java.util.Map<String, String> values) {
        String title = String.join(", ", titleFields.stream().map(f -> values.getOrDefault(f, "").strip())
                .filter(s -> !s.isEmpty()).toList());
        return title.isEmpty() ? name : title;
    }
}
