package org.cardfile.capabilities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallSimulator;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.capabilities.CapabilityInUseException;
import org.cardfile.core.capabilities.CapabilityStatus;
import org.cardfile.core.capabilities.CapabilitySwitch;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An installation's capabilities switched by an admin, through SCR as the workbench and the server
 * run them: off, the call simulator's services are gone and the switch is audited and broadcast; on
 * again, they are back; a call still playing is named before anything is switched off.
 */
class CapabilitySwitchesTest {
    private static final String SIMULATOR = "org.cardfile.telephony.simulator";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final BundleContext context = FrameworkUtil.getBundle(CapabilitySwitchesTest.class).getBundleContext();
    private final BlockingQueue<Event> broadcasts = new LinkedBlockingQueue<>();
    private ServiceRegistration<EventHandler> listening;
    private ServiceTracker<CallSimulator, CallSimulator> simulator;
    private Capabilities capabilities;
    private AuthenticationService auth;
    private Session admin;
    private Session alice;

    @BeforeEach
    void signIn() throws Exception {
        FirstRun firstRun = service(FirstRun.class);
        if (firstRun.needsSetup()) {
            firstRun.loadDemoData();
        }
        capabilities = service(Capabilities.class);
        auth = service(AuthenticationService.class);
        admin = auth.signIn("admin", "cardfile".toCharArray());
        alice = auth.signIn("alice", "cardfile".toCharArray());
        simulator = new ServiceTracker<>(context, CallSimulator.class, null);
        simulator.open();
        Dictionary<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, Capabilities.CHANGED);
        listening = context.registerService(EventHandler.class, broadcasts::add, topic);
    }

    @AfterEach
    void switchEverythingBackOn() {
        for (String off : capabilities.switchedOffEverywhere()) {
            capabilities.switchTo(admin, off, false, true, true);
        }
        listening.unregister();
        simulator.close();
        auth.signOut(admin);
        auth.signOut(alice);
    }

    @Test
    void anAdminSwitchesTheSimulatorOffItsServicesGoAndSwitchedOnTheyAreBack() throws Exception {
        CapabilityStatus listed = capabilities.installed(admin).stream()
                .filter(s -> s.capability().id().equals(SIMULATOR)).findFirst().orElseThrow();
        assertEquals("Call simulator", listed.capability().name());
        assertEquals("Cardfile", listed.capability().vendor());
        assertTrue(listed.capability().version().startsWith("0.1.0"), listed.capability().version());
        assertEquals("On", listed.stateText());
        awaitThat("the simulator to run", () -> simulator.getService() != null);

        CapabilityStatus off = capabilities.switchTo(admin, SIMULATOR, false, false, false);
        assertEquals("Off", off.stateText());
        awaitThat("the simulator's service to go", () -> simulator.getService() == null);
        assertEquals(java.util.Set.of(SIMULATOR), capabilities.switchedOffEverywhere());
        assertTrue(capabilities.switchedOff(alice).contains(SIMULATOR), "hidden for every office");
        Event broadcast = broadcasts.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(broadcast, "the switch is broadcast");
        assertEquals(SIMULATOR, broadcast.getProperty(Capabilities.CAPABILITY));
        assertEquals(Boolean.FALSE, broadcast.getProperty(Capabilities.ON));
        assertEquals(CapabilitySwitch.INSTALLATION, broadcast.getProperty(Capabilities.OFFICE_ID));

        capabilities.switchTo(admin, SIMULATOR, false, true, false);
        awaitThat("the simulator's service to come back", () -> simulator.getService() != null);
        assertEquals(6, simulator.getService().scenarios().size(), "its scripted calls are all there again");

        List<CapabilitySwitch> history = capabilities.history(admin, SIMULATOR);
        CapabilitySwitch latest = history.get(0);
        CapabilitySwitch before = history.get(1);
        assertTrue(!latest.wasOn() && latest.on() && before.wasOn() && !before.on(), history.toString());
        assertEquals("Ada Admin (admin)", latest.switchedBy());
        assertTrue(latest.wholeInstallation());
    }

    @Test
    void aSwitchedOffCapabilityStaysOffWhenItsBundleStartsAgainAsAfterARestart() throws Exception {
        capabilities.switchTo(admin, SIMULATOR, false, false, false);
        awaitThat("the simulator's service to go", () -> simulator.getService() == null);
        Bundle bundle = simulatorBundle();
        bundle.stop();
        bundle.start();
        // its components come up enabled as the bundle declares them; the switch takes them down again
        var runtime = service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        awaitThat("the restarted simulator to be switched off again", () -> {
            var components = runtime.getComponentDescriptionDTOs(bundle);
            return !components.isEmpty() && components.stream().noneMatch(runtime::isComponentEnabled)
                    && simulator.getService() == null;
        });
    }

    @Test
    void switchingOffWhileASimulatedCallPlaysSaysSoAndChangesNothingUntilConfirmed() throws Exception {
        awaitThat("the simulator to run", () -> simulator.getService() != null);
        simulator.getService().ring("+12175550142", "+12175550190", "Ben Baker");

        CapabilityInUseException busy = assertThrows(CapabilityInUseException.class,
                () -> capabilities.switchTo(admin, SIMULATOR, false, false, false));
        assertEquals("Call simulator is in use: 1 simulated call is still playing. Switching it off now interrupts"
                + " that.", busy.getMessage());
        assertTrue(capabilities.switchedOffEverywhere().isEmpty(), "nothing changed");
        assertNotNull(simulator.getService());

        assertEquals("Off", capabilities.switchTo(admin, SIMULATOR, false, false, true).stateText());
        awaitThat("the simulator's service to go", () -> simulator.getService() == null);
    }

    @Test
    void onlyAdminsSwitchOnlyWhatIsInstalledAndOnlyWhereItCanBeSwitched() {
        AccessDeniedException rep = assertThrows(AccessDeniedException.class,
                () -> capabilities.switchTo(alice, SIMULATOR, false, false, true));
        assertTrue(rep.getMessage().contains("may not switch features on and off"), rep.getMessage());
        assertThrows(AccessDeniedException.class, () -> capabilities.installed(alice));

        Session forged = new Session("forged", admin.employee(), admin.office(), admin.signedInAt());
        assertThrows(AccessDeniedException.class, () -> capabilities.switchTo(forged, SIMULATOR, false, false, true));

        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> capabilities.switchTo(admin, "org.example.nothing", false, false, true));
        assertEquals("No capability org.example.nothing is installed here.", unknown.getMessage());
        IllegalArgumentException scope = assertThrows(IllegalArgumentException.class,
                () -> capabilities.switchTo(admin, SIMULATOR, true, false, true));
        assertTrue(scope.getMessage().contains("whole installation only"), scope.getMessage());
        assertTrue(capabilities.switchedOffEverywhere().isEmpty(), "no refused switch changed anything");
        assertFalse(capabilities.history(admin, SIMULATOR).stream()
                .anyMatch(s -> s.switchedBy().contains("alice")), "a refused switch is not recorded");
    }

    @Test
    void aCardIndustrySwitchedOffForOneOfficeLeavesItsCardsThereAndOnlyThere() throws Exception {
        String cardsFeature = "org.cardfile.cards.multihousing";
        CardTemplates templates = service(CardTemplates.class);
        Cards cards = service(Cards.class);
        awaitThat("the guest card to be installed", () -> offers(templates, alice, "multihousing.guest"));
        Session rita = auth.signIn("rita", "cardfile".toCharArray());
        try {
            CapabilityStatus status = capabilities.switchTo(admin, cardsFeature, true, false, false);
            assertEquals("Off in this office", status.stateText());
            assertFalse(offers(templates, alice, "multihousing.guest"), "Springfield no longer offers the guest card");
            assertTrue(offers(templates, rita, "multihousing.guest"), "Shelbyville still does");
            assertTrue(capabilities.switchedOff(alice).contains(cardsFeature));
            assertFalse(capabilities.switchedOff(rita).contains(cardsFeature));
            assertTrue(capabilities.switchedOffEverywhere().isEmpty(), "it keeps running for the other offices");
            NotFoundException refused = assertThrows(NotFoundException.class,
                    () -> cards.blank(alice, "multihousing.guest", java.time.ZoneId.of("UTC")));
            assertEquals("The Guest card is switched off for Springfield Leasing Office with its feature; an"
                    + " administrator can switch the feature on in Admin → Features.", refused.getMessage());
            CapabilitySwitch recorded = capabilities.history(admin, cardsFeature).get(0);
            assertEquals(admin.officeId(), recorded.officeId());
            assertFalse(recorded.wholeInstallation());

            capabilities.switchTo(admin, cardsFeature, true, true, false);
            assertTrue(offers(templates, alice, "multihousing.guest"), "switched on, Springfield offers it again");
        } finally {
            capabilities.switchTo(admin, cardsFeature, true, true, true);
            auth.signOut(rita);
        }
    }

    @Test
    void switchingIncomingCallsOffTakesTheCardsAndTheDriversWithItAndOnAgainBringsThemBack() throws Exception {
        String calls = "org.cardfile.calls";
        ServiceTracker<Cards, Cards> cards = new ServiceTracker<>(context, Cards.class, null);
        ServiceTracker<CallEventSink, CallEventSink> sink = new ServiceTracker<>(context, CallEventSink.class, null);
        cards.open();
        sink.open();
        try {
            awaitThat("the cards and the calls to run", () -> cards.getService() != null && sink.getService() != null);
            CapabilityStatus listed = status("org.cardfile.cards");
            assertEquals("Cards", listed.capability().name());
            assertEquals(List.of(calls), listed.capability().requires());
            assertEquals("On", listed.stateText());

            CapabilityInUseException asked = assertThrows(CapabilityInUseException.class,
                    () -> capabilities.switchTo(admin, calls, false, false, false));
            assertEquals("Incoming calls is in use: Call simulator, Cards, Multi-housing cards need it and go off with"
                    + " it. Switching it off now interrupts that.", asked.getMessage());
            assertTrue(capabilities.switchedOffEverywhere().isEmpty(), "asking changed nothing");

            assertEquals("Off", capabilities.switchTo(admin, calls, false, false, true).stateText());
            awaitThat("the cards and the call sink to go", () -> cards.getService() == null && sink.getService() == null);
            awaitThat("the simulator to go with them", () -> simulator.getService() == null);
            assertEquals(java.util.Set.of(calls, "org.cardfile.cards", SIMULATOR, "org.cardfile.cards.multihousing"),
                    capabilities.switchedOffEverywhere());
            assertTrue(capabilities.switchedOff(alice).contains("org.cardfile.cards"), "hidden on every workstation");
            assertEquals("Off: needs Incoming calls", status("org.cardfile.cards").stateText());
            assertEquals("Off: needs Cards", status("org.cardfile.cards.multihousing").stateText());
            assertTrue(capabilities.history(admin, "org.cardfile.cards").isEmpty(),
                    "only the switch the admin threw is recorded");

            capabilities.switchTo(admin, calls, false, true, false);
            awaitThat("the cards, the call sink and the simulator to come back",
                    () -> cards.getService() != null && sink.getService() != null && simulator.getService() != null);
            assertEquals("On", status("org.cardfile.cards").stateText());
            assertTrue(capabilities.switchedOffEverywhere().isEmpty());
        } finally {
            cards.close();
            sink.close();
        }
    }

    private CapabilityStatus status(String id) {
        return capabilities.installed(admin).stream().filter(s -> s.capability().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    private static boolean offers(CardTemplates templates, Session session, String templateId) {
        return templates.available(session).stream().anyMatch(l -> l.id().equals(templateId));
    }

    private Bundle simulatorBundle() {
        for (Bundle b : context.getBundles()) {
            if (SIMULATOR.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("the call simulator bundle is not installed");
    }

    private <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T found = tracker.waitForService(WAIT.toMillis());
            assertNotNull(found, type.getSimpleName() + " was not registered by DS");
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private static void awaitThat(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
