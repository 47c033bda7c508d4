package org.cardfile.core.cards;

/**
 * The plug-in point for industry cards: a bundle registers a DS service of this type and its card
 * appears in the workbench's card menu, opens from calls whose tracking number names its id, and
 * is validated, printed and transferred like every other card. Nothing else is needed; see the
 * partner guide.
 */
public interface CardTemplate {

    /** The template's declaration. Called often; return the same value each time. */
    CardLayout layout();

    default String id() {
        return layout().id();
    }
}
