package org.cardfile.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.cardfile.core.calls.CallAlreadyTakenException;
import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallEventSink;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.CallTopics;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.calls.CallSimulator;
import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.capabilities.CapabilityInUseException;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPage;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSection;
import org.cardfile.core.cards.CardTemplate;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.cards.FieldDefinition;
import org.cardfile.core.cards.FieldSource;
import org.cardfile.core.cards.FieldType;
import org.cardfile.core.cards.InstalledTemplate;
import org.cardfile.core.cards.ReminderKind;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.security.AuthenticationException;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.core.server.ServerMonitor;
import org.cardfile.core.server.WorkstationInfo;
import org.cardfile.core.service.CustomerRepository;
import org.cardfile.core.service.EmployeeAdministration;
import org.cardfile.core.service.FirstRun;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.OfficeDirectory;
import org.cardfile.core.service.ValidationException;
import org.cardfile.rpc.PushMessage;
import org.cardfile.rpc.SeatsExhaustedException;
import org.cardfile.server.CardfileServer;
import org.cardfile.server.ServerSettings;
import org.cardfile.server.internal.RegistryServiceDirectory;
import org.cardfile.server.testsupport.TlsFiles;
import org.cardfile.store.remote.RemoteSettings;
import org.cardfile.store.remote.Workstation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A server on the store that DS brings up, over real HTTPS on loopback, with workstations and a
 * driver host connected as in a networked installation.
 */
class NetworkedModeTest {
    private static final String GAZETTE = "+12175550190";
    private static final String TOKEN = "driver-secret-" + UUID.randomUUID();
    private static BundleContext context;
    private static RegistryServiceDirectory services;
    private static TlsFiles tls;
    private static Path dir;
    private static ServiceRegistration<EventHandler> forwarding;
    private static volatile CardfileServer server;

    private final java.util.List<Workstation> opened = new java.util.ArrayList<>();

    @BeforeAll
    static void store() throws Exception {
        context = FrameworkUtil.getBundle(NetworkedModeTest.class).getBundleContext();
        services = new RegistryServiceDirectory(context);
        FirstRun firstRun = service(FirstRun.class);
        if (firstRun.needsSetup()) {
            firstRun.loadDemoData();
        }
        dir = Files.createDirectories(Path.of("target", "networked-" + System.nanoTime()));
        tls = TlsFiles.make(dir.resolve("tls"));
        Files.writeString(dir.resolve("token.txt"), TOKEN);
        // the store's call broadcasts reach the server as they do through its DS component
        Dictionary<String, Object> topics = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC,
                new String[] { CallTopics.ALL, Capabilities.CHANGED }));
        forwarding = context.registerService(EventHandler.class, event -> {
            CardfileServer s = server;
            if (s != null) {
                s.publish(event);
            }
        }, topics);
    }

    @AfterAll
    static void close() {
        forwarding.unregister();
        services.close();
    }

    @AfterEach
    void stop() {
        opened.forEach(Workstation::close);
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T s = tracker.waitForService(20_000);
        assertNotNull(s, type.getSimpleName() + " was not registered by DS");
        return s;
    }

    private static CardfileServer startServer(int port, String officeSeats) throws Exception {
        StringBuilder problem = new StringBuilder();
        Map<String, String> config = Map.of(ServerSettings.PREFIX + "port", String.valueOf(port),
                ServerSettings.PREFIX + "address", "127.0.0.1", ServerSettings.PREFIX + "keystore", tls.keystore.toString(),
                ServerSettings.PREFIX + "keystorePasswordFile", tls.passwordFile.toString(),
                ServerSettings.PREFIX + "driverTokenFile", dir.resolve("token.txt").toString(),
                ServerSettings.PREFIX + "officeSeats", officeSeats);
        ServerSettings settings = ServerSettings.from(config::get, problem).orElseThrow(() -> new AssertionError(problem));
        server = new CardfileServer(settings, services, service(OfficeDirectory.class)).start();
        return server;
    }

    private Workstation workstation(String office, String name, String token) throws Exception {
        StringBuilder problem = new StringBuilder();
        Map<String, String> config = new java.util.HashMap<>(Map.of(RemoteSettings.PREFIX + "url",
                "https://127.0.0.1:" + server.port(), RemoteSettings.PREFIX + "truststore", tls.truststore.toString(),
                RemoteSettings.PREFIX + "truststorePasswordFile", tls.passwordFile.toString(),
                RemoteSettings.PREFIX + "office", office, RemoteSettings.PREFIX + "name", name,
                RemoteSettings.PREFIX + "outbox", dir.resolve("outbox-" + name).toString()));
        if (token != null) {
            Path tokenFile = dir.resolve("token-" + name + ".txt");
            Files.writeString(tokenFile, token);
            config.put(RemoteSettings.PREFIX + "driverTokenFile", tokenFile.toString());
        }
        RemoteSettings settings = RemoteSettings.from(config::get, dir, problem).orElseThrow(() -> new AssertionError(problem));
        Workstation w = Workstation.connect(settings);
        opened.add(w);
        return w;
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static PushMessage next(BlockingQueue<PushMessage> pushed, long callId, String takenBy)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            PushMessage m = pushed.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && Long.valueOf(callId).equals(m.localProperties().get(CallTopics.CALL_ID))
                    && takenBy.equals(m.properties().get(CallTopics.TAKEN_BY))) {
                return m;
            }
        }
        throw new AssertionError("no push for call " + callId + " taken by '" + takenBy + "'");
    }

    @Test
    void aCallReachesBothWorkstationsOneTakesItAndTheOtherReadsWhatItSaved() throws Exception {
        startServer(0, "");
        Workstation desk1 = workstation("SPR", "desk-1", null);
        Workstation desk2 = workstation("spr", "desk-2", null);
        BlockingQueue<PushMessage> pushed1 = new LinkedBlockingQueue<>();
        BlockingQueue<PushMessage> pushed2 = new LinkedBlockingQueue<>();
        desk1.listen(pushed1::add);
        desk2.listen(pushed2::add);
        Thread.sleep(1_000);
        assertFalse(desk1.listening(), "nothing is pushed to a workstation nobody signed in at");
        Session alice = desk1.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        Session admin = desk2.service(AuthenticationService.class).signIn("admin", "cardfile".toCharArray());
        waitUntil("both push channels open", () -> desk1.listening() && desk2.listening());

        Workstation pbx = workstation("", "pbx-host", TOKEN);
        CallEvent ring = new CallEvent("sip", UUID.randomUUID().toString(), 1, "217 555 0142", GAZETTE, "",
                CallStatus.RINGING, Instant.now(), "", "");
        long callId = pbx.callEventSink().accept(ring).callId();
        assertTrue(callId > 0, "the server took the event at once");

        PushMessage seen1 = next(pushed1, callId, "");
        PushMessage seen2 = next(pushed2, callId, "");
        assertEquals(alice.officeId(), seen1.localProperties().get(CallTopics.OFFICE_ID));
        assertEquals("RINGING", seen2.properties().get(CallTopics.STATUS));

        IncomingCalls calls1 = desk1.service(IncomingCalls.class);
        IncomingCalls calls2 = desk2.service(IncomingCalls.class);
        IncomingCall onDesk2 = calls2.live(admin, 10).stream().filter(c -> c.id() == callId).findFirst().orElseThrow();
        assertEquals("Ben Baker", onDesk2.callerLabel(), "cross-referenced on the server");
        assertEquals("Springfield Gazette, Sunday classifieds", onDesk2.source().advertisingSource());

        assertEquals("Alice Adams", calls1.pick(alice, callId).takenBy());
        CallAlreadyTakenException lost = assertThrows(CallAlreadyTakenException.class, () -> calls2.pick(admin, callId));
        assertEquals("The call was already taken by Alice Adams.", lost.getMessage());
        next(pushed2, callId, "Alice Adams");

        CustomerRepository customers1 = desk1.service(CustomerRepository.class);
        Customer ben = customers1.findByPhone(alice, "217 555 0142").get(0);
        String note = "Called about the Gazette ad " + UUID.randomUUID();
        customers1.save(alice, new Customer(ben.id(), ben.version(), ben.customerNumber(), ben.firstName(),
                ben.lastName(), ben.company(), ben.address(), ben.phones(), ben.emails(), note, ben.officeId()));
        assertEquals(note, desk2.service(CustomerRepository.class).get(admin, ben.id()).notes());

        ServerMonitor monitor = desk2.service(ServerMonitor.class);
        List<WorkstationInfo> online = monitor.workstations(admin);
        assertEquals(Set.of("desk-1", "desk-2"), Set.copyOf(online.stream().map(WorkstationInfo::name).toList()));
        assertTrue(online.stream().allMatch(WorkstationInfo::listening));
        List<String> feed = monitor.feed(admin, 50).stream().map(a -> a.who() + ": " + a.what()).toList();
        assertTrue(feed.contains("Alice Adams: CustomerRepository.save"), feed.toString());
        assertTrue(feed.contains("Alice Adams: IncomingCalls.pick"), feed.toString());
        assertTrue(feed.stream().anyMatch(f -> f.startsWith("telephony: call " + callId + " RINGING")), feed.toString());
        assertThrows(AccessDeniedException.class, () -> desk1.service(ServerMonitor.class).workstations(alice),
                "only admins see the server");
    }

    @Test
    void anAdminsSwitchIsPushedToTheWorkstationsOfEveryOfficeAndShownInTheServerFeed() throws Exception {
        String simulator = "org.cardfile.telephony.simulator";
        startServer(0, "");
        Workstation springfield = workstation("SPR", "desk-1", null);
        Workstation shelbyville = workstation("SHV", "desk-3", null);
        BlockingQueue<PushMessage> pushed = new LinkedBlockingQueue<>();
        shelbyville.listen(pushed::add);
        Session admin = springfield.service(AuthenticationService.class).signIn("admin", "cardfile".toCharArray());
        Session rita = shelbyville.service(AuthenticationService.class).signIn("rita", "cardfile".toCharArray());
        waitUntil("Shelbyville's push channel open", shelbyville::listening);
        Capabilities switches = springfield.service(Capabilities.class);
        try {
            assertEquals("Off", switches.switchTo(admin, simulator, false, false, true).stateText());
            PushMessage heard = nextSwitch(pushed, simulator);
            assertEquals(Boolean.FALSE, heard.properties().get(Capabilities.ON));
            assertEquals(Set.of(simulator), shelbyville.service(Capabilities.class).switchedOff(rita),
                    "the other office's workstation reads the server's switches");
            List<String> feed = springfield.service(ServerMonitor.class).feed(admin, 50).stream()
                    .map(a -> a.who() + ": " + a.what()).toList();
            assertTrue(feed.contains("Ada Admin: feature " + simulator + " switched off for the whole installation"),
                    feed.toString());
            // switched off, its service is gone from the server, and a workstation asking for it is told so
            waitUntil("the simulator's service to leave the server", () -> {
                try {
                    springfield.service(CallSimulator.class).scenarios();
                    return false;
                } catch (org.cardfile.rpc.ServerException gone) {
                    assertEquals("CallSimulator is not running on this server; see the server's log.",
                            gone.getMessage(), "a server without the simulator says so");
                    return true;
                }
            });

            switches.switchTo(admin, simulator, false, true, false);
            assertEquals(Boolean.TRUE, nextSwitch(pushed, simulator).properties().get(Capabilities.ON));
            CallSimulator onServer = springfield.service(CallSimulator.class);
            waitUntil("the simulator back on the server", () -> {
                try {
                    return !onServer.scenarios().isEmpty();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
            onServer.ring("+12175550142", GAZETTE, "");
            CapabilityInUseException busy = assertThrows(CapabilityInUseException.class,
                    () -> switches.switchTo(admin, simulator, false, false, false));
            assertTrue(busy.getMessage().startsWith("Call simulator is in use: "), busy.getMessage());
        } finally {
            switches.switchTo(admin, simulator, false, true, true);
        }
    }

    private static PushMessage nextSwitch(BlockingQueue<PushMessage> pushed, String capability)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            PushMessage m = pushed.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && Capabilities.CHANGED.equals(m.topic())
                    && capability.equals(m.properties().get(Capabilities.CAPABILITY))) {
                return m;
            }
        }
        throw new AssertionError("no push of a switch of " + capability);
    }

    @Test
    void refusalsArriveAsTheSameExceptionsTheStoreThrows() throws Exception {
        startServer(0, "");
        Workstation desk = workstation("SPR", "desk-1", null);
        AuthenticationService auth = desk.service(AuthenticationService.class);
        assertThrows(AuthenticationException.class, () -> auth.signIn("alice", "wrong".toCharArray()));
        Session alice = auth.signIn("alice", "cardfile".toCharArray());
        ValidationException invalid = assertThrows(ValidationException.class, () -> desk.service(CustomerRepository.class)
                .save(alice, new Customer(0, 0, "", "", "", "", null, List.of(Phone.of(PhoneType.HOME, "12ab")), List.of(),
                        "", 0)));
        assertTrue(invalid.errors().stream().anyMatch(e -> e.field().equals("phones[0]")), invalid.errors().toString());
        assertThrows(AccessDeniedException.class, () -> desk.service(EmployeeAdministration.class).employees(alice));
        Session forged = new Session("forged", alice.employee(), alice.office(), alice.signedInAt());
        assertThrows(AccessDeniedException.class, () -> desk.service(CustomerRepository.class).count(forged, ""));
        Session rita = auth.signIn("rita", "cardfile".toCharArray());
        AccessDeniedException otherOffice = assertThrows(AccessDeniedException.class,
                () -> desk.service(CustomerRepository.class).count(rita, ""));
        assertTrue(otherOffice.getMessage().startsWith("This workstation serves another office"), otherOffice.getMessage());
    }

    @Test
    void aSeatBeyondTheOfficesLicencesIsRefusedWithTheReasonAndFreedWhenADeskCloses() throws Exception {
        startServer(0, "SPR=1");
        Workstation first = workstation("SPR", "desk-1", null);
        assertEquals(1, first.seat().seats());
        Workstation second = workstation("SPR", "desk-2", null);
        SeatsExhaustedException refused = assertThrows(SeatsExhaustedException.class,
                () -> second.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray()));
        assertTrue(refused.getMessage().startsWith("All 1 seat licences of Springfield Leasing Office are in use"),
                refused.getMessage());
        first.close();
        opened.remove(first);
        Session alice = second.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        assertEquals("Alice Adams", alice.employee().displayName(), "the freed seat was taken on the next call");
        // what Admin → Office reps shows: the office's licences and who holds one
        Session admin = second.service(AuthenticationService.class).signIn("admin", "cardfile".toCharArray());
        ServerMonitor monitor = second.service(ServerMonitor.class);
        assertEquals(1, monitor.seatLicences(admin));
        assertEquals(List.of("desk-2"), monitor.workstations(admin).stream().map(WorkstationInfo::name).toList());
    }

    @Test
    void callEventsQueuedWhileTheServerIsDownArriveExactlyOnceWhenItIsBack() throws Exception {
        int port = startServer(0, "").port();
        Workstation pbx = workstation("", "pbx-outage", TOKEN);
        CallEventSink sink = pbx.callEventSink();
        server.close();
        server = null;
        List<CallEvent> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CallEvent ring = new CallEvent("sip", "outage-" + i + "-" + UUID.randomUUID(), 1, "2175550178", GAZETTE, "",
                    CallStatus.RINGING, Instant.now(), "", "");
            sent.add(ring);
            sent.add(ring.next(CallStatus.ABANDONED, Instant.now()));
        }
        for (CallEvent e : sent) {
            assertEquals(0, sink.accept(e).callId(), "queued while the server is away");
        }
        startServer(port, "");
        Workstation desk = workstation("SPR", "desk-after-outage", null);
        Session alice = desk.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        waitUntil("the queued calls to arrive", () -> countOutage(desk, alice) == 20);
        Thread.sleep(1500); // a further retry round must not add anything
        assertEquals(20, countOutage(desk, alice), "every queued call exactly once");
        for (CallEvent e : sent) {
            assertTrue(sink.accept(e).duplicate(), "sending an event again is recognised");
        }
        assertEquals(20, countOutage(desk, alice));
    }

    private static long countOutage(Workstation desk, Session alice) {
        return desk.service(IncomingCalls.class).triage(alice).stream().filter(c -> c.sessionId().startsWith("outage-"))
                .count();
    }

    @Test
    void aDriverWithoutTheTokenIsRefusedAndItsEventsWaitForTheRightOne() throws Exception {
        startServer(0, "");
        Workstation intruder = workstation("", "intruder", "not-the-token");
        CallEvent ring = new CallEvent("sip", UUID.randomUUID().toString(), 1, "2175550142", GAZETTE, "",
                CallStatus.RINGING, Instant.now(), "", "");
        assertEquals(0, intruder.callEventSink().accept(ring).callId(), "not taken");
        Thread.sleep(2_500); // two more tries of the sender
        assertEquals(1, intruder.callEventsWaiting(), "a refused token is a setting to fix: the event is kept");
        Workstation desk = workstation("SPR", "desk-1", null);
        Session alice = desk.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
        assertFalse(desk.service(IncomingCalls.class).live(alice, 10).stream()
                .anyMatch(c -> c.sessionId().equals(ring.sessionId())));
    }


    @Test
    void aWorkstationFillsInACardOfATemplateInstalledOnTheServerAndAnotherReadsItBack() throws Exception {
        // a template bundle installed on the server only: workstations get its layout through the server
        CardLayout layout = new CardLayout("test.networked.guest", "Guest card (networked)", "Multi-housing", "", List.of(
                new CardPage("front", "Front", List.of(new CardSection("prospect", "Prospect", List.of(
                        FieldDefinition.fixed("contactDate", "Contact date", FieldType.DATE, FieldSource.CONTACT_DATE),
                        FieldDefinition.fixed("contactTime", "Contact time", FieldType.TIME, FieldSource.CONTACT_TIME),
                        FieldDefinition.variable("lastName", "Last name", FieldType.TEXT, FieldSource.LAST_NAME).asRequired(),
                        FieldDefinition.variable("phone", "Phone", FieldType.PHONE, FieldSource.PHONE),
                        FieldDefinition.choice("bedrooms", "Bedrooms", "Studio", "1", "2"),
                        FieldDefinition.manual("budget", "Monthly budget", FieldType.MONEY)
                                .withRange(new BigDecimal("100.50"), new BigDecimal("20000")),
                        FieldDefinition.manual("moveIn", "Move-in date", FieldType.DATE)))))),
                List.of("lastName"), List.of(), List.of(ReminderKind.FOLLOW_UP));
        CardTemplate template = () -> layout;
        ServiceRegistration<CardTemplate> installed = context.registerService(CardTemplate.class, template, null);
        try {
            startServer(0, "");
            Workstation desk1 = workstation("SPR", "cards-1", null);
            Workstation desk2 = workstation("SPR", "cards-2", null);
            Session alice = desk1.service(AuthenticationService.class).signIn("alice", "cardfile".toCharArray());
            Session admin = desk2.service(AuthenticationService.class).signIn("admin", "cardfile".toCharArray());

            assertEquals(layout, desk1.service(CardTemplates.class).layout(alice, layout.id()),
                    "the layout arrives as declared, bounds and choices included");
            // an admin's switch travels to the server and the installed templates come back with their flag
            CardTemplates templates1 = desk1.service(CardTemplates.class);
            desk2.service(CardTemplates.class).setOffered(admin, layout.id(), false);
            try {
                assertEquals(List.of(new InstalledTemplate(layout, false)), templates1.installed(alice).stream()
                        .filter(t -> t.layout().id().equals(layout.id())).toList());
                NotFoundException off = assertThrows(NotFoundException.class,
                        () -> desk1.service(Cards.class).blank(alice, layout.id(), null));
                assertTrue(off.getMessage().startsWith("The Guest card (networked) is switched off for "), off.getMessage());
            } finally {
                desk2.service(CardTemplates.class).setOffered(admin, layout.id(), true);
            }
            assertEquals(List.of(new InstalledTemplate(layout, true)), templates1.installed(alice).stream()
                    .filter(t -> t.layout().id().equals(layout.id())).toList());
            Cards cards1 = desk1.service(Cards.class);
            Instant due = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            // the workstation's time zone travels with the request: the card is dated on its clock
            java.time.ZoneId far = java.time.ZoneId.of("Pacific/Kiritimati");
            Card dated = cards1.blank(alice, layout.id(), far);
            java.time.LocalDateTime shown = java.time.LocalDate.parse(dated.value("contactDate"))
                    .atTime(java.time.LocalTime.parse(dated.value("contactTime")));
            assertTrue(java.time.Duration.between(shown, java.time.LocalDateTime.now(far)).abs().toMinutes() <= 2,
                    "dated in the workstation's zone: " + shown);
            Card saved = cards1.save(alice, cards1.blank(alice, layout.id(), java.time.ZoneId.systemDefault())
                    .withValue("lastName", "Networked")
                    .withValue("phone", "(217) 555-0187").withValue("bedrooms", "2").withValue("budget", "1450.50")
                    .withValue("moveIn", "2027-04-01").withReminders(List.of(new CardReminder(0, ReminderKind.FOLLOW_UP,
                            "Call back", due, 0, 0, "", false))));

            Card read = desk2.service(Cards.class).get(admin, saved.id());
            assertEquals(saved.values(), read.values());
            assertEquals("1450.50", read.value("budget"));
            assertEquals(due, read.reminders().get(0).due());
            assertEquals("Alice Adams", read.reminders().get(0).assigneeName());
            assertEquals(saved.id(), desk2.service(Cards.class).matches(admin, layout.id(),
                    Map.of("phone", "217 555 0187"), 0, 5).get(0).card().id());
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> cards1.save(alice, read.withValue("budget", "12")));
            assertEquals("Monthly budget must be at least 100.50.", refused.errors().get(0).message(),
                    "a refusal travels with the field's message");
        } finally {
            installed.unregister();
        }
    }
}
