package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.core.service.FirstRun;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The services come up through Felix SCR on the data folder named by cardfile.data.dir, as in the workbench. */
class DeclarativeServicesTest {

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        assertNotNull(service, type.getSimpleName() + " was not registered by DS");
        return service;
    }

    @Test
    void aNewDataFolderIsSetUpWithDemoDataAndServesTheSignedInRep() throws Exception {
        FirstRun firstRun = service(FirstRun.class);
        assertTrue(firstRun.needsSetup(), "a new data folder offers first-run setup");
        firstRun.loadDemoData();
        Session alice = service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        CustomerRepository customers = service(CustomerRepository.class);
        assertEquals(List.of("Ben Baker"), customers.findByPhone(alice, "217 555 0142").stream()
                .map(c -> c.displayName()).toList());
        assertTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of(System.getProperty("cardfile.data.dir"), "db")));
    }
}
