package org.cardfile.core.cards;

import java.util.List;

import org.cardfile.core.security.Session;

/**
 * The card templates installed and switched on, each with the session's office's custom fields.
 * Templates come and go with their bundles; changes are announced on {@link #CHANGED}.
 */
public interface CardTemplates {

    /** Event Admin topic sent when a template is added or removed or an office's custom fields change. */
    String CHANGED = "org/cardfile/cards/templates/CHANGED";

    /** Every available template with the office's custom fields, by name. */
    List<CardLayout> available(Session session);

    /**
     * The template with the office's custom fields.
     *
     * @throws org.cardfile.core.service.NotFoundException the template is not installed or is switched off
     */
    CardLayout layout(Session session, String templateId);

    /** The office's custom fields of the template, in the order they were added; retired ones left out. */
    List<FieldDefinition> customFields(Session session, String templateId);

    /**
     * Adds a field to the template for the session's office (admins only). Existing cards keep their
     * values and show the new field empty.
     *
     * @throws org.cardfile.core.service.ValidationException the id is taken or the definition is unusable
     */
    CardLayout addCustomField(Session session, String templateId, FieldDefinition field);

    /** Takes a custom field off the template for new input; values already typed stay on the cards. */
    CardLayout retireCustomField(Session session, String templateId, String fieldId);
}
