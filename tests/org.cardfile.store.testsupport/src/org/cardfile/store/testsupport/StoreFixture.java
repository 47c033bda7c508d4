package org.cardfile.store.testsupport;

import org.cardfile.core.security.Session;
import org.cardfile.store.calls.internal.CallEntryLedger;
import org.cardfile.store.calls.internal.CallInbox;
import org.cardfile.store.calls.internal.CallsDemoData;
import org.cardfile.store.demo.internal.DemoData;
import org.cardfile.store.calls.internal.CallsStore;
import org.cardfile.store.calls.internal.DirectoryCsvImport;
import org.cardfile.store.calls.internal.DirectoryLookup;
import org.cardfile.store.calls.internal.IncomingCallList;
import org.cardfile.store.calls.internal.TrackingNumberStore;
import org.cardfile.store.jpa.foundation.JpaStore;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Database;
import org.cardfile.store.jpa.internal.CapabilitySwitchTable;
import org.cardfile.store.cards.internal.CardsStore;
import org.cardfile.store.jpa.internal.CsvDataImport;
import org.cardfile.store.jpa.internal.JpaAuditLog;
import org.cardfile.store.jpa.internal.JpaAuthenticationService;
import org.cardfile.store.cards.internal.JpaCardTemplates;
import org.cardfile.store.cards.internal.OfficeCards;
import org.cardfile.store.jpa.internal.JpaCodeCatalog;
import org.cardfile.store.jpa.internal.JpaContactLog;
import org.cardfile.store.jpa.internal.JpaCustomerRepository;
import org.cardfile.store.jpa.internal.JpaEmployeeAdministration;
import org.cardfile.store.jpa.internal.JpaFirstRun;
import org.cardfile.store.jpa.internal.JpaProductRepository;
import org.cardfile.store.jpa.internal.JpaPurchaseRepository;

/**
 * A store on a real database of its own (embedded Derby in a folder under target/, or a fresh
 * PostgreSQL database), wired the way DS wires it. {@link #reopen()} closes the database and
 * opens it again, as a restart does.
 */
public final class StoreFixture implements AutoCloseable {
    public final TestDatabase database;
    public final SessionRegistry sessions = new SessionRegistry();
    public JpaStore store;
    public JpaCustomerRepository customers;
    public JpaProductRepository products;
    public JpaContactLog contacts;
    public JpaCodeCatalog codes;
    public JpaPurchaseRepository purchases;
    public JpaAuditLog audit;
    public JpaEmployeeAdministration employees;
    public JpaFirstRun firstRun;
    public JpaAuthenticationService auth;
    public CsvDataImport imports;
    /** Every broadcast the call services made, in order, across reopens. */
    public final RecordingBroadcaster broadcasts = new RecordingBroadcaster();
    public CallsStore callsStore;
    public CallEntryLedger ledger;
    public CallInbox inbox;
    public IncomingCallList calls;
    public TrackingNumberStore trackingNumbers;
    public DirectoryCsvImport directory;
    /** The card templates "installed" on every open, as DS binds the template bundles' services. */
    public final java.util.List<org.cardfile.core.cards.CardTemplate> installed = new java.util.ArrayList<>(
            java.util.List.of(new GuestCardTemplate()));
    public CardsStore cardsStore;
    public CapabilitySwitchTable switches;
    public JpaCardTemplates cardTemplates;
    public OfficeCards cards;

    private StoreFixture(TestDatabase database) {
        this.database = database;
        try {
            open();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static StoreFixture fresh(String name) throws Exception {
        return fresh(TestDatabase.Kind.DERBY, name);
    }

    public static StoreFixture fresh(TestDatabase.Kind kind, String name) throws Exception {
        return new StoreFixture(TestDatabase.create(kind, name));
    }

    /** A store on an existing database; closing the fixture closes (a PostgreSQL one: drops) it. */
    public static StoreFixture at(TestDatabase database) {
        return new StoreFixture(database);
    }

    public static StoreFixture withDemoData(String name) throws Exception {
        return withDemoData(TestDatabase.Kind.DERBY, name);
    }

    public static StoreFixture withDemoData(TestDatabase.Kind kind, String name) throws Exception {
        StoreFixture f = fresh(kind, name);
        f.firstRun.loadDemoData();
        return f;
    }

    private void open() {
        store = new JpaStore(database.config());
        // the capability stores start after the foundation, each after those it builds on, as DS starts them
        callsStore = new CallsStore(store);
        ledger = new CallEntryLedger(callsStore, broadcasts);
        cardsStore = new CardsStore(store, ledger);
        customers = new JpaCustomerRepository(store, sessions);
        products = new JpaProductRepository(store, sessions);
        contacts = new JpaContactLog(store, sessions);
        codes = new JpaCodeCatalog(store, sessions);
        purchases = new JpaPurchaseRepository(store, sessions);
        audit = new JpaAuditLog(store, sessions);
        employees = new JpaEmployeeAdministration(store, sessions);
        firstRun = new JpaFirstRun(store, new DemoData(), java.util.List.of(new CallsDemoData(callsStore)));
        auth = new JpaAuthenticationService(store, sessions);
        imports = new CsvDataImport(store, sessions);
        inbox = new CallInbox(callsStore, broadcasts);
        inbox.addLookup(new DirectoryLookup(callsStore));
        calls = new IncomingCallList(callsStore, sessions, broadcasts);
        trackingNumbers = new TrackingNumberStore(callsStore, sessions);
        directory = new DirectoryCsvImport(callsStore, sessions);
        switches = new CapabilitySwitchTable(store, sessions);
        cardTemplates = new JpaCardTemplates(cardsStore, sessions, switches);
        installed.forEach(cardTemplates::addTemplate);
        cards = new OfficeCards(cardsStore, sessions, cardTemplates, ledger);
    }

    public void reopen() {
        reopenAfter(db -> {
        });
    }

    /** A restart with work done on the database while no store has it open, as an upgrade is. */
    public void reopenAfter(Offline work) {
        inbox.close();
        cardsStore.close();
        store.close();
        try (Database offline = Database.open(database.config())) {
            work.run(offline);
        } catch (Exception e) {
            throw new IllegalStateException("The work on the closed database failed: " + e.getMessage(), e);
        } finally {
            open(); // the fixture closes as ever, whatever the work did
        }
    }

    public interface Offline {
        void run(Database db) throws Exception;
    }

    public Session signIn(String login) {
        return auth.signIn(login, "cardfile".toCharArray());
    }

    @Override
    public void close() {
        inbox.close();
        cardsStore.close();
        try {
            store.close();
        } finally {
            database.close();
        }
    }
}
