package org.cardfile.store.cards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.cardfile.store.testsupport.RegisteredServices;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A template bundle's service is picked up through DS as it comes and dropped as it goes, and the
 * card service comes up wired to the templates, on the data folder the workbench would use.
 */
class CardTemplateServicesTest {

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        return RegisteredServices.await(context, type);
    }

    @Test
    void aTemplateRegisteredAsAServiceCanBeFilledInUntilItsBundleGoes() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CardTemplateServicesTest.class).getBundleContext();
        FirstRun firstRun = service(context, FirstRun.class);
        if (firstRun.needsSetup()) {
            firstRun.loadDemoData();
        }
        Session alice = service(context, AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        CardTemplates templates = service(context, CardTemplates.class);
        Cards cards = service(context, Cards.class);
        GuestCardTemplate template = new GuestCardTemplate("test.ds.guest", "Guest card (DS)");

        ServiceRegistration<CardTemplate> registration = context.registerService(CardTemplate.class, template, null);
        try {
            assertTrue(templates.available(alice).stream().map(CardLayout::id).anyMatch("test.ds.guest"::equals));
            Card saved = cards.save(alice, cards.blank(alice, "test.ds.guest", java.time.ZoneId.systemDefault()).withValue("lastName", "Service")
                    .withValue("bedrooms", "1"));
            assertEquals("Service", cards.get(alice, saved.id()).value("lastName"));
        } finally {
            registration.unregister();
        }

        NotFoundException gone = assertThrows(NotFoundException.class, () -> templates.layout(alice, "test.ds.guest"));
        assertEquals("The card template test.ds.guest is not installed or is switched off.", gone.getMessage());
    }
}
