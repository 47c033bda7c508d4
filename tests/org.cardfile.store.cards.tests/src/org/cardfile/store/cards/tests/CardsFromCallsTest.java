package org.cardfile.store.cards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.cardfile.core.calls.CallEvent;
import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.StaleRecordException;
import org.cardfile.store.testsupport.GuestCardTemplate;
import org.junit.jupiter.api.Test;

/** Cards opened from a call: filed with the call and its customer, one card per call, the call length. */
class CardsFromCallsTest extends CardsFixture {
    @Test
    void aCardOpenedFromACallIsFiledWithTheCallUnderTheCustomerItCreates() {
        long callId = ring("2175550181", GAZETTE, "KOWALSKI KAROL");
        Card opened = f.cards.forCall(alice, callId, "", ZONE);

        assertEquals(GuestCardTemplate.ID, opened.templateId(), "the tracking number names the template");
        assertEquals(callId, opened.callId());
        assertEquals(GAZETTE, opened.value("trackingNumber"));
        assertEquals("Springfield Gazette, Sunday classifieds", opened.value("adSource"));
        assertEquals("Karol", opened.value("firstName"));
        assertEquals("Kowalski", opened.value("lastName"));
        assertEquals("+12175550181", opened.value("phone"));
        assertEquals(0, opened.customerId(), "a new caller");

        Card saved = f.cards.save(alice, opened.withValue("bedrooms", "Studio").withValue("email", "karol@example.com"));

        assertNotEquals(0, saved.customerId());
        Customer created = f.customers.get(alice, saved.customerId());
        assertEquals("Karol Kowalski", created.displayName());
        assertEquals("+12175550181", created.phones().get(0).e164());
        assertEquals("karol@example.com", created.emails().get(0).address());
        assertFalse(f.audit.changes(alice, new RecordRef(RecordType.CUSTOMER, created.id())).isEmpty(),
                "the customer's creation is audited");
        IncomingCall call = f.calls.get(alice, callId);
        assertEquals(saved.customerId(), call.customerId(), "the call is filed under the new customer");
        assertEquals(saved.id(), call.cardId());
        assertTrue(f.broadcasts.sent.stream().anyMatch(c -> c.id() == callId && c.cardId() == saved.id()));
        assertEquals(saved.id(), f.cards.forCall(alice, callId, "", ZONE).id(), "the call now opens its card");
        assertEquals(List.of(saved.id()), f.cards.forCustomer(alice, saved.customerId()).stream().map(c -> c.id()).toList());

        List<CallLogEntry> log = f.cards.callLog(alice, saved.id());
        CallLogEntry first = log.stream().filter(e -> e.callId() == callId).findFirst()
                .orElseThrow(() -> new AssertionError("the call that opened the card is not in its call log: " + log));
        assertEquals("+12175550181", first.number());
        assertEquals("Springfield Gazette, Sunday classifieds", first.source());
        for (int i = 1; i < log.size(); i++) {
            assertFalse(log.get(i).at().isAfter(log.get(i - 1).at()), "newest first: " + log);
        }

        // the next card with that phone is filed under the same customer, not a second one
        Card second = f.cards.save(alice, guest("Karol", "Kowalski", "217-555-0181"));
        assertEquals(saved.customerId(), second.customerId());
        assertEquals(1, f.customers.findByPhone(alice, "2175550181").size());
    }

    @Test
    void aCallWhoseNumberNamesNoInstalledTemplateSaysSo() {
        long callId = ring("2175550182", MAINTENANCE_LINE, "");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> f.cards.forCall(alice, callId, "", ZONE));
        assertEquals("The card template multihousing.service-request is not installed or is switched off.",
                missing.getMessage());
        assertEquals(GuestCardTemplate.ID, f.cards.forCall(alice, callId, GuestCardTemplate.ID, ZONE).templateId(),
                "the rep may choose another card");
    }

    @Test
    void aSecondNewCardForTheSameCallIsRefusedAndTheCallKeepsItsCard() {
        long callId = ring("2175550166", GAZETTE, "STONE SAM");
        Card mine = f.cards.forCall(alice, callId, "", ZONE);
        Card theirs = f.cards.forCall(admin, callId, "", ZONE);
        Card saved = f.cards.save(alice, mine.withValue("bedrooms", "2"));
        int cards = f.cards.recent(alice, GuestCardTemplate.ID, 500).size();

        StaleRecordException refused = assertThrows(StaleRecordException.class,
                () -> f.cards.save(admin, theirs.withValue("bedrooms", "3")));

        assertEquals("This call's card was already saved by Alice Adams; open it from the call.", refused.getMessage());
        assertEquals(saved.id(), f.calls.get(alice, callId).cardId());
        assertEquals(cards, f.cards.recent(alice, GuestCardTemplate.ID, 500).size(), "no second card was written");
        assertEquals(saved.id(), f.cards.forCall(admin, callId, "", ZONE).id());
    }

    @Test
    void theCallLengthIsFilledInOnceTheCallHasEnded() {
        Instant rang = Instant.now().minusSeconds(125).truncatedTo(ChronoUnit.SECONDS);
        CallEvent ringing = new CallEvent("test", UUID.randomUUID().toString(), 1, "2175550167", GAZETTE, "",
                CallStatus.RINGING, rang, "TATE TOM", "");
        long callId = f.inbox.accept(ringing).callId();
        Card opened = f.cards.forCall(alice, callId, "", ZONE);
        assertEquals("", opened.value("callLength"), "the call still rings");
        Card saved = f.cards.save(alice, opened.withValue("bedrooms", "2"));
        assertEquals("", saved.value("callLength"), "saved while the call goes on");

        f.inbox.accept(ringing.next(CallStatus.ANSWERED, rang.plusSeconds(5)));
        f.inbox.accept(ringing.next(CallStatus.ANSWERED, rang.plusSeconds(5)).next(CallStatus.COMPLETED,
                rang.plusSeconds(125)));
        assertEquals(rang.plusSeconds(125), f.calls.get(alice, callId).endedAt());

        Card again = f.cards.save(alice, saved.withValue("comments", "Hung up happy"));
        assertEquals("2:05", again.value("callLength"));
        assertEquals("2:05", f.cards.get(alice, saved.id()).value("callLength"));

    }

}
