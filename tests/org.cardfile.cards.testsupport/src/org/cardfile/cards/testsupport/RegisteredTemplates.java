package org.cardfile.cards.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cardfile.core.cards.CardTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The card templates registered as OSGi services, as the workbench and the server find them: a
 * template that Felix SCR does not register (or whose layout throws while SCR activates it) never
 * opens a card.
 */
public final class RegisteredTemplates {
    /** How long a test waits for Felix SCR to register a template. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private RegisteredTemplates() {
    }

    /**
     * Waits until a template of each id is registered and returns them by id; fails naming the ids
     * that were registered when the deadline passes.
     *
     * @param testClass a class of the test fragment, whose host bundle's context looks the services up
     */
    public static Map<String, CardTemplate> await(Class<?> testClass, Duration deadline, String... ids)
            throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(testClass);
        if (bundle == null || bundle.getBundleContext() == null) {
            fail(testClass.getName() + " is not in a started bundle, so it cannot look up card templates");
        }
        return awaitIn(bundle.getBundleContext(), deadline, ids);
    }

    private static Map<String, CardTemplate> awaitIn(BundleContext context, Duration deadline, String... ids)
            throws InterruptedException {
        if (ids.length == 0) {
            throw new IllegalArgumentException("name at least one template id");
        }
        Set<String> wanted = Set.of(ids);
        Map<String, CardTemplate> found = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(1);
        ServiceTracker<CardTemplate, CardTemplate> tracker = new ServiceTracker<>(context, CardTemplate.class, null) {
            @Override
            public CardTemplate addingService(ServiceReference<CardTemplate> reference) {
                CardTemplate template = super.addingService(reference);
                if (template == null) {
                    // SCR could not activate the component (a template that throws while building its layout)
                    return null;
                }
                found.put(template.id(), template);
                if (found.keySet().containsAll(wanted)) {
                    all.countDown();
                }
                return template;
            }
        };
        tracker.open();
        try {
            if (!all.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("card templates registered: " + List.copyOf(found.keySet()) + ", expected " + wanted);
            }
            return Map.copyOf(found);
        } finally {
            tracker.close();
        }
    }

    /** The registered template of this id, waited for up to {@link #DEADLINE}. */
    public static CardTemplate await(Class<?> testClass, String id) throws InterruptedException {
        return await(testClass, DEADLINE, id).get(id);
    }
}
