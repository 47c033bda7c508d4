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

    /** Every template installed and offered by the session's office, with the office's custom fields, by name. */
    List<CardLayout> available(Session session);

    /** Every template installed, offered by the office or not, by name: what an admin switches on and off. */
    List<InstalledTemplate> installed(Session session);

    /**
     * Switches a template on or off for the session's office (admins only). Off, it leaves the office's
     * card menu and its calls open the customer record instead; cards already filled from it still open
     * and save. Every template is on until an admin switches it off.
     *
     * @throws org.cardfile.core.service.NotFoundException the template is not installed
     */
    void setOffered(Session session, String templateId, boolean offered);

    /**
     * The template with the office's custom fields, also when the office switched it off, so that its
     * cards still open.
     *
     * @throws org.cardfile.core.service.NotFoundException the template is not installed
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
