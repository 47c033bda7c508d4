package org.cardfile.store.cards.internal;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.CallLogEntry;
import org.cardfile.core.cards.Card;
import org.cardfile.core.model.Channel;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.cardfile.store.cards.internal.entity.CardEntity;
import org.cardfile.store.jpa.foundation.entity.InteractionEntity;

/** The card's Call Log: the calls that belong to it and the contacts logged for its customer, newest first. */
final class CardCallLog {
    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final CallLedger ledger;
    private final Jdbc jdbc;

    CardCallLog(PersistenceUnit store, SessionRegistry sessions, CallLedger ledger) {
        this.store = store;
        this.sessions = sessions;
        this.ledger = ledger;
        this.jdbc = new Jdbc(store.database().dataSource());
    }

    public List<CallLogEntry> callLog(Session session, long cardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        CardEntity card = store.read(em -> find(em, s, cardId));
        long customerId = card.customerId == null ? 0 : card.customerId;
        Map<Long, CallLogEntry> calls = new LinkedHashMap<>();
        jdbc.transaction("read the card's call log", c -> ledger.ofCard(c, s.officeId(), cardId, customerId,
                card.phoneE164, MAX_LIST)).forEach(call -> calls.putIfAbsent(call.id(), callEntry(call)));
        List<CallLogEntry> log = new ArrayList<>(calls.values());
        if (customerId != 0) {
            store.read(em -> em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :c AND i.officeId = :o"
                    + " ORDER BY i.occurredAt DESC, i.id DESC", InteractionEntity.class).setParameter("c", customerId)
                    .setParameter("o", s.officeId()).setMaxResults(MAX_LIST).getResultList()).forEach(i -> log.add(
                            new CallLogEntry(i.occurredAt, Channel.valueOf(i.channel),
                                    org.cardfile.core.model.Direction.valueOf(i.direction), "", "", null, i.employeeName,
                                    interactionSummary(i), "", 0)));
        }
        log.sort(Comparator.comparing(CallLogEntry::at).reversed());
        return log;
    }

    private static CallLogEntry callEntry(IncomingCall call) {
        String summary = call.isTransfer() ? "Card received by transfer" : call.status().label();
        if (call.disposition() != null) {
            summary += " · " + call.disposition().name().toLowerCase().replace('_', ' ');
        }
        if (call.isTaken()) {
            summary += " · taken by " + call.takenBy();
        }
        return new CallLogEntry(call.startedAt(), call.isTransfer() ? Channel.TRANSFER : Channel.CALL,
                org.cardfile.core.model.Direction.INBOUND, call.ani(), call.source().advertisingSource(),
                call.endedAt() == null ? null : call.duration(call.endedAt()), call.takenBy(), summary, call.recording(),
                call.id());
    }

    private static String interactionSummary(InteractionEntity i) {
        List<String> parts = new ArrayList<>();
        if (!i.problemCode.isEmpty()) {
            parts.add(i.problemCode);
        }
        if (!i.solutionCode.isEmpty()) {
            parts.add(i.solutionCode);
        }
        if (!i.notes.isBlank()) {
            parts.add(i.notes.strip().replaceAll("\\s+", " "));
        }
        return String.join(" · ", parts);
    }
}
