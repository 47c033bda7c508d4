package org.cardfile.store.cards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cardfile.core.calls.CallStatus;
import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardNote;
import org.cardfile.core.cards.CardTransfer;
import org.cardfile.core.security.AccessDeniedException;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.core.service.ValidationException;
import org.junit.jupiter.api.Test;

/** Cards sent to another office wait there until taken, whatever else the office is busy with. */
class CardTransferTest extends CardsFixture {
    @Test
    void aCardSentToCommunityWaitsInTheOtherOfficesListUntilTakenAndOpensThereWithItsNotes() throws Exception {
        Card card = f.cards.save(alice, guest("Jade", "Jensen", "(217) 555-0168"));
        f.cards.addNote(alice, card.id(), "Wants to move near the repair shop");
        int broadcastsBefore = f.broadcasts.sent.size();

        List<org.cardfile.core.model.Office> destinations = f.cards.destinations(alice);
        assertEquals(List.of("Shelbyville Repair Facility"), destinations.stream().map(o -> o.name()).toList(),
                "every office but her own");
        assertThrows(AccessDeniedException.class, () -> f.cards.destinations(f.signIn("clara")),
                "a client may not send cards");

        CardTransfer transfer = f.cards.sendToOffice(alice, card.id(), destinations.get(0).id(), "Please call her back");

        assertEquals("Shelbyville Repair Facility", transfer.officeName());
        IncomingCall waiting = f.calls.live(rita, 0).stream().filter(c -> c.id() == transfer.callId()).findFirst()
                .orElseThrow(() -> new AssertionError("the transfer is not in Shelbyville's incoming list"));
        assertTrue(waiting.isTransfer());
        assertEquals("Transfer from Springfield Leasing Office", waiting.source().advertisingSource());
        assertEquals("Jade Jensen", waiting.callerName());
        assertEquals("+12175550168", waiting.ani());
        assertEquals(transfer.cardId(), waiting.cardId());
        assertTrue(f.broadcasts.sent.subList(broadcastsBefore, f.broadcasts.sent.size()).stream()
                .anyMatch(c -> c.id() == transfer.callId() && c.officeId() == rita.officeId()),
                "Shelbyville's workstations hear of it");
        assertTrue(f.calls.live(alice, 60).stream().noneMatch(c -> c.id() == transfer.callId()));
        assertThrows(NotFoundException.class, () -> f.cards.get(rita, card.id()), "the original stays in Springfield");
        assertThrows(NotFoundException.class, () -> f.cards.get(alice, transfer.cardId()));

        // a day later nobody has taken it: it is still waiting
        try (Connection c = f.store.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE CALL_ENTRY SET STARTED_AT = ? WHERE ID = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
            s.setLong(2, transfer.callId());
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(f.calls.live(rita, 0).stream().anyMatch(c -> c.id() == transfer.callId()));

        IncomingCall taken = f.calls.pick(rita, transfer.callId());
        assertEquals("Rita Repair", taken.takenBy());
        Card opened = f.cards.forCall(rita, transfer.callId(), "", ZONE);
        assertEquals(transfer.cardId(), opened.id());
        assertEquals("Springfield Leasing Office", opened.transferredFrom());
        assertEquals(0, opened.customerId(), "offices do not share customers");
        assertEquals("Jensen", opened.value("lastName"));
        List<String> notes = f.cards.notes(rita, opened.id()).stream().map(CardNote::text).toList();
        assertEquals(List.of("Wants to move near the repair shop",
                "Received from Springfield Leasing Office: Please call her back"), notes);
        assertEquals("Sent to Shelbyville Repair Facility by Alice Adams: Please call her back",
                f.cards.notes(alice, card.id()).get(1).text());
        assertTrue(f.calls.live(rita, 0).stream().noneMatch(c -> c.id() == transfer.callId()),
                "once taken it leaves the list like an ended call");
        assertTrue(f.contacts.forCustomer(alice, card.customerId()).stream()
                .anyMatch(i -> i.channel() == org.cardfile.core.model.Channel.TRANSFER),
                "the transfer is in the customer's contact history");
        List<CallLogEntry> sentLog = f.cards.callLog(alice, card.id());
        assertTrue(sentLog.stream().anyMatch(e -> e.channel() == org.cardfile.core.model.Channel.TRANSFER
                && e.summary().contains("sent to Shelbyville Repair Facility: Please call her back")), sentLog.toString());

        // Shelbyville saves it under a customer of its own
        Card savedThere = f.cards.save(rita, opened.withValue("comments", "Called back"));
        assertNotEquals(0, savedThere.customerId());
        assertEquals(rita.officeId(), f.customers.get(rita, savedThere.customerId()).officeId());

        assertThrows(ValidationException.class, () -> f.cards.sendToOffice(alice, card.id(), alice.officeId(), ""),
                "a card is not sent to its own office");
    }

    @Test
    void aBroadcastThatFailsAfterTheCommitDoesNotFailTheSaveOrTheTransfer() {
        org.cardfile.store.cards.internal.OfficeCards deaf = new org.cardfile.store.cards.internal.OfficeCards(f.cardsStore,
                f.sessions, f.cardTemplates, new org.cardfile.store.calls.internal.CallEntryLedger(f.callsStore, call -> {
                    throw new IllegalStateException("the event bus is down");
                }));
        long callId = ring("2175550158", GAZETTE, "WEST WANDA");
        Card saved = deaf.save(alice, deaf.forCall(alice, callId, "", ZONE).withValue("bedrooms", "2"));
        assertEquals(saved.id(), f.calls.get(alice, callId).cardId(), "the save was committed and the call linked");

        CardTransfer transfer = deaf.sendToOffice(alice, saved.id(), rita.officeId(), "");
        assertEquals(transfer.cardId(), f.cards.forCall(rita, transfer.callId(), "", ZONE).id());
    }

    @Test
    void anOldTransferStaysInTheLiveListOfABusyOffice() throws Exception {
        Instant now = Instant.now();
        String marker = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        String insert = "INSERT INTO CALL_ENTRY (DRIVER, SESSION_ID, OFFICE_ID, ANI, ANI_VALID, DNIS, DESTINATION, STATUS,"
                + " STARTED_AT, CALLER_NAME, ADVERTISING_SOURCE, CARD_TEMPLATE, UNKNOWN_DNIS, MATCHED_CUSTOMER_NAME,"
                + " OTHER_MATCHES, EARLIER_CONTACTS, LAST_CONTACT, TAKEN_BY, DISPOSED_BY, RECORDING) VALUES"
                + " (?, ?, ?, '+12175550100', ?, '', '', ?, ?, '', '', '', 0, '', 0, 0, '', '', '', '')";
        long transferId;
        try (Connection c = f.store.database().dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(insert, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, IncomingCall.TRANSFER_DRIVER);
                s.setString(2, marker + "-transfer");
                s.setLong(3, rita.officeId());
                s.setInt(4, 1);
                s.setString(5, CallStatus.RINGING.name());
                s.setTimestamp(6, Timestamp.from(now.minus(Duration.ofHours(2))));
                s.executeUpdate();
                try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    transferId = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(insert)) {
                for (int i = 0; i < 520; i++) {
                    s.setString(1, marker);
                    s.setString(2, marker + "-" + i);
                    s.setLong(3, rita.officeId());
                    s.setInt(4, 1);
                    s.setString(5, CallStatus.RINGING.name());
                    s.setTimestamp(6, Timestamp.from(now.minusSeconds(i)));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        try {
            List<IncomingCall> live = f.calls.live(rita, 0);
            assertTrue(live.stream().anyMatch(c -> c.id() == transferId),
                    "a morning of calls does not push the waiting transfer out");
            assertTrue(live.stream().filter(c -> c.driver().equals(marker)).count() >= 500);
        } finally {
            try (Connection c = f.store.database().dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement("UPDATE CALL_ENTRY SET STATUS = ?, ENDED_AT = ?"
                            + " WHERE DRIVER = ? OR ID = ?")) {
                s.setString(1, CallStatus.COMPLETED.name());
                s.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(1))));
                s.setString(3, marker);
                s.setLong(4, transferId);
                s.executeUpdate();
            }
        }
    }
}
