package org.cardfile.store.cards.tests;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.cards.Card;
import org.cardfile.core.model.FieldChange;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Session;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.cardfile.store.testsupport.StoreFixture;
import org.cardfile.store.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;

/**
 * A store with the demo offices, signed in as a rep (alice), an admin and a rep of another office
 * (rita), for the card tests; each test class gets a database of its own.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class CardsFixture {
    protected static final String GAZETTE = "+12175550190";
    protected static final String MAINTENANCE_LINE = "+12175550192";
    /** The workstation's time zone the tests open cards in. */
    protected static final ZoneId ZONE = ZoneId.systemDefault();
    protected StoreFixture f;
    protected Session alice;
    protected Session admin;
    protected Session rita;

    /** The database the fixture opens; the PostgreSQL variant overrides it. */
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.DERBY;
    }

    @BeforeAll
    void demo() throws Exception {
        f = StoreFixture.withDemoData(kind(), "cards");
        alice = f.signIn("alice");
        admin = f.signIn("admin");
        rita = f.signIn("rita");
    }

    @AfterAll
    void close() {
        f.close();
    }

    protected long ring(String ani, String dnis, String callerName) {
        return f.inbox.accept(new CallEvent("test", UUID.randomUUID().toString(), 1, ani, dnis, "", CallStatus.RINGING,
                Instant.now(), callerName, "")).callId();
    }

    /** A blank guest card with the prospect's name, phone and the required answers. */
    protected Card guest(String first, String last, String phone) {
        return f.cards.blank(alice, GuestCardTemplate.ID, ZONE).withValue("firstName", first).withValue("lastName", last)
                .withValue("phone", phone).withValue("bedrooms", "2");
    }


    protected List<FieldChange> changes(Card card, String field) {
        return f.audit.changes(alice, new RecordRef(RecordType.CARD, card.id())).stream()
                .filter(c -> c.field().equals(field)).toList();
    }
}
