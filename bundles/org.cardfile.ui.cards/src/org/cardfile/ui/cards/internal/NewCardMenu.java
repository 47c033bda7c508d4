package org.cardfile.ui.cards.internal;

import java.util.List;

import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * "New guest card", "New service-request card", … : one blank-card entry per template installed
 * and switched on, read each time the menu opens, so a template plugged in or switched off shows
 * without a restart.
 */
public class NewCardMenu {
    private static final System.Logger LOG = System.getLogger(NewCardMenu.class.getName());

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, EModelService model, @Optional Session session,
            @Optional CardTemplates templates) {
        if (session == null || templates == null || !session.may(Permission.EDIT_CARDS)) {
            return;
        }
        List<CardLayout> available;
        try {
            available = templates.available(session);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not list the card templates for the Cards menu", e);
            return;
        }
        for (CardLayout layout : available) {
            MDirectMenuItem item = model.createModelElement(MDirectMenuItem.class);
            item.setElementId("org.cardfile.ui.cards.menuitem.newCard." + layout.id());
            item.setLabel("New " + layout.name().toLowerCase());
            item.setTooltip(layout.description());
            item.setContributionURI("bundleclass://org.cardfile.ui/" + NewCardHandler.class.getName());
            item.getPersistedState().put(NewCardHandler.TEMPLATE, layout.id());
            items.add(item);
        }
    }
}
