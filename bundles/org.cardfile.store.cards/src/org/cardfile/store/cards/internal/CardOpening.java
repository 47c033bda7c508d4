package org.cardfile.store.cards.internal;

import org.cardfile.store.jpa.foundation.records.CustomerFields;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardPrefill;
import org.cardfile.core.model.Customer;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.NotFoundException;
import org.cardfile.store.jpa.foundation.CallLedger;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.jpa.foundation.db.Jdbc;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;

import jakarta.persistence.EntityManager;

/** Opens cards: a blank one, one filled in from a call, a saved one. */
final class CardOpening {
    private final PersistenceUnit store;
    private final SessionRegistry sessions;
    private final JpaCardTemplates templates;
    private final CallLedger ledger;
    private final Jdbc jdbc;

    CardOpening(PersistenceUnit store, SessionRegistry sessions, JpaCardTemplates templates, CallLedger ledger) {
        this.store = store;
        this.sessions = sessions;
        this.templates = templates;
        this.ledger = ledger;
        this.jdbc = new Jdbc(store.database().dataSource());
    }

    public Card blank(Session session, String templateId, ZoneId zone) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        return store.read(em -> {
            CardLayout layout = templates.offeredLayout(em, s, templateId);
            Map<String, String> values = prefill(s, null, null, Instant.now(), zone).values(layout);
            return new Card(0, 0, s.officeId(), layout.id(), 0, 0, values, List.of(), "", null, "", null, "");
        });
    }

    public Card forCall(Session session, long callId, String templateId, ZoneId zone) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        IncomingCall call = jdbc.transaction("read the call", c -> ledger.inOffice(c, s, callId));
        if (call.cardId() != 0) {
            return get(s, call.cardId());
        }
        String chosen = templateId != null && !templateId.isBlank() ? templateId : call.source().cardTemplate();
        if (chosen == null || chosen.isBlank()) {
            throw new NotFoundException("The number " + (call.dnis().isEmpty() ? "dialled" : call.dnis())
                    + " names no card template; choose the card to fill in.");
        }
        return store.read(em -> {
            CardLayout layout = templates.offeredLayout(em, s, chosen);
            Customer customer = callersCustomer(em, s, call);
            long customerId = customer == null ? 0 : customer.id();
            Map<String, String> values = prefill(s, call, customer, Instant.now(), zone).values(layout);
            return new Card(0, 0, s.officeId(), layout.id(), customerId, call.id(), values, List.of(), "", null, "", null,
                    "");
        });
    }

    /** The office's customer the call is filed under or its caller was matched to; null when none. */
    static Customer callersCustomer(EntityManager em, Session s, IncomingCall call) {
        long customerId = call.customerId() != 0 ? call.customerId() : call.caller().customerId();
        if (customerId != 0) {
            CustomerEntity found = em.find(CustomerEntity.class, customerId);
            if (found != null && found.officeId == s.officeId()) {
                return CustomerFields.toRecord(found);
            }
        }
        return null;
    }

    static CardPrefill prefill(Session s, IncomingCall call, Customer customer, Instant now, ZoneId zone) {
        return new CardPrefill(call, customer, s.employee().displayName(), s.office().name(), now,
                zone == null ? ZoneId.systemDefault() : zone);
    }

    public Card get(Session session, long cardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> toRecord(em, find(em, s, cardId)));
    }
}
