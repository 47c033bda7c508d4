package org.cardfile.cards.multihousing.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.cards.CardTemplate;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The workbench and the server find templates only as OSGi services: the bundle must register both
 * cards through Felix SCR under the ids the tracking numbers name, or a call to the leasing desk opens
 * no card at all.
 */
class TemplateServicesTest {

    @Test
    void bothMultiHousingCardsAreRegisteredByDeclarativeServices() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(TemplateServicesTest.class).getBundleContext();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        CountDownLatch both = new CountDownLatch(1);
        ServiceTracker<CardTemplate, CardTemplate> tracker = new ServiceTracker<>(context, CardTemplate.class, null) {
            @Override
            public CardTemplate addingService(ServiceReference<CardTemplate> reference) {
                CardTemplate template = super.addingService(reference);
                if (template == null) {
                    // SCR could not activate the component (a template that throws while building its layout)
                    return null;
                }
                ids.add(template.id());
                if (ids.containsAll(Set.of("multihousing.guest", "multihousing.service-request"))) {
                    both.countDown();
                }
                return template;
            }
        };
        tracker.open();
        try {
            assertTrue(both.await(20, TimeUnit.SECONDS), "card templates registered: " + ids);
        } finally {
            tracker.close();
        }
    }
}
