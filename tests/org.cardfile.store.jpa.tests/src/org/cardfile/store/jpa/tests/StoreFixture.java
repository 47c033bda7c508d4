package org.cardfile.store.jpa.tests;

import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.internal.CsvDataImport;
import org.cardfile.store.jpa.internal.JpaAuditLog;
import org.cardfile.store.jpa.internal.JpaAuthenticationService;
import org.cardfile.store.jpa.internal.JpaCardTemplates;
import org.cardfile.store.jpa.internal.JpaCards;
import org.cardfile.store.jpa.internal.JpaCodeCatalog;
import org.cardfile.store.jpa.internal.JpaContactLog;
import org.cardfile.store.jpa.internal.JpaCustomerRepository;
import org.cardfile.store.jpa.internal.JpaEmployeeAdministration;
import org.cardfile.store.jpa.internal.JpaFirstRun;
import org.cardfile.store.jpa.internal.JpaProductRepository;
import org.cardfile.store.jpa.internal.JpaPurchaseRepository;
import org.cardfile.store.jpa.internal.JpaStore;
import org.cardfile.store.jpa.internal.SessionRegistry;
import org.cardfile.store.jpa.internal.calls.DirectoryLookup;
import org.cardfile.store.jpa.internal.calls.JpaCallInbox;
import org.cardfile.store.jpa.internal.calls.JpaIncomingCalls;
import org.cardfile.store.jpa.internal.calls.JpaTrackingNumbers;
import org.cardfile.store.jpa.internal.db.Migrations;

/**
 * A store on a real database of its own (embedded Derby in a folder under target/, or a fresh
 * PostgreSQL database), wired the way DS wires it. {@link #reopen()} closes the database and
 * opens it again, as a restart does.
 */
final class StoreFixture implements AutoCloseable {
    final TestDatabase database;
    final SessionRegistry sessions = new SessionRegistry();
    JpaStore store;
    JpaCustomerRepository customers;
    JpaProductRepository products;
    JpaContactLog contacts;
    JpaCodeCatalog codes;
    JpaPurchaseRepository purchases;
    JpaAuditLog audit;
    JpaEmployeeAdministration employees;
    JpaFirstRun firstRun;
    JpaAuthenticationService auth;
    CsvDataImport imports;
    /** Every broadcast the call services made, in order, across reopens. */
    final RecordingBroadcaster broadcasts = new RecordingBroadcaster();
    JpaCallInbox inbox;
    JpaIncomingCalls calls;
    JpaTrackingNumbers trackingNumbers;
    /** The card templates "installed" on every open, as DS binds the template bundles' services. */
    final java.util.List<org.cardfile.core.cards.CardTemplate> installed = new java.util.ArrayList<>(
            java.util.List.of(new GuestCardTemplate()));
    JpaCardTemplates cardTemplates;
    JpaCards cards;

    private StoreFixture(TestDatabase database) {
        this.database = database;
        try {
            open();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static StoreFixture fresh(String name) throws Exception {
        return fresh(TestDatabase.Kind.DERBY, name);
    }

    static StoreFixture fresh(TestDatabase.Kind kind, String name) throws Exception {
        return new StoreFixture(TestDatabase.create(kind, name));
    }

    /** A store on an existing database; closing the fixture closes (a PostgreSQL one: drops) it. */
    static StoreFixture at(TestDatabase database) {
        return new StoreFixture(database);
    }

    static StoreFixture withDemoData(String name) throws Exception {
        return withDemoData(TestDatabase.Kind.DERBY, name);
    }

    static StoreFixture withDemoData(TestDatabase.Kind kind, String name) throws Exception {
        StoreFixture f = fresh(kind, name);
        f.firstRun.loadDemoData();
        return f;
    }

    private void open() {
        store = new JpaStore(database.config(), Migrations.latestVersion());
        customers = new JpaCustomerRepository(store, sessions);
        products = new JpaProductRepository(store, sessions);
        contacts = new JpaContactLog(store, sessions);
        codes = new JpaCodeCatalog(store, sessions);
        purchases = new JpaPurchaseRepository(store, sessions);
        audit = new JpaAuditLog(store, sessions);
        employees = new JpaEmployeeAdministration(store, sessions);
        firstRun = new JpaFirstRun(store);
        auth = new JpaAuthenticationService(store, sessions);
        imports = new CsvDataImport(store, sessions);
        inbox = new JpaCallInbox(store, broadcasts);
        inbox.addLookup(new DirectoryLookup(store));
        calls = new JpaIncomingCalls(store, sessions, broadcasts);
        trackingNumbers = new JpaTrackingNumbers(store, sessions);
        cardTemplates = new JpaCardTemplates(store, sessions);
        installed.forEach(cardTemplates::addTemplate);
        cards = new JpaCards(store, sessions, cardTemplates, broadcasts);
    }

    void reopen() {
        inbox.close();
        store.close();
        open();
    }

    Session signIn(String login) {
        return auth.signIn(login, "cardfile".toCharArray());
    }

    @Override
    public void close() {
        inbox.close();
        try {
            store.close();
        } finally {
            database.close();
        }
    }
}
