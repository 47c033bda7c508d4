package org.cardfile.store.jpa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.calls.TrackingNumbers;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.core.service.FirstRun;
import org.cardfile.store.testsupport.RegisteredServices;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The services come up through Felix SCR on the data folder named by cardfile.data.dir, as in the workbench. */
class DeclarativeServicesTest {

    private static <T> T service(Class<T> type) throws InterruptedException {
        return RegisteredServices.await(FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext(), type);
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
        // the inbox, the incoming list and the tracking numbers come up wired to one another
        long callId = service(CallEventSink.class).accept(new CallEvent("test", "ds-1", 1, "217 555 0142", "217 555 0190",
                "", CallStatus.RINGING, Instant.now(), "", "")).callId();
        assertEquals("Ben Baker", service(IncomingCalls.class).get(alice, callId).callerLabel());
        assertEquals(3, service(TrackingNumbers.class).list(alice).size());
        assertTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of(System.getProperty("cardfile.data.dir"), "db")));
    }

    @Test
    void withoutTheDemoDataFeatureFirstRunOffersOnlyAnEmptyOffice() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        Bundle demo = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.cardfile.store.demo".equals(b.getSymbolicName())).findFirst().orElseThrow();
        demo.start();
        assertTrue(awaitDemoOffered(true), "with the demo data feature installed, first run offers it");
        demo.stop();
        try {
            assertTrue(awaitDemoOffered(false), "without the demo data feature, first run does not offer it");
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> service(FirstRun.class).loadDemoData());
            assertTrue(refused.getMessage().contains("org.cardfile.demo.feature"), refused.getMessage());
        } finally {
            demo.start();
        }
        assertTrue(awaitDemoOffered(true), "the demo data is offered again once its bundle is back");
    }

    /** FirstRun is re-created when the demo data set comes or goes; waits for the one that answers {@code offered}. */
    private static boolean awaitDemoOffered(boolean offered) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (service(FirstRun.class).offersDemoData() == offered) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
