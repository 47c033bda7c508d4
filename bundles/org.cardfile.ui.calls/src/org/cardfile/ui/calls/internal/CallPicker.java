package org.cardfile.ui.calls.internal;

import java.util.List;
import java.util.Map;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.core.calls.IncomingCalls;
import org.cardfile.core.cards.CardTemplates;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.model.RecordRef;
import org.cardfile.core.model.RecordType;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;

import jakarta.inject.Inject;

import static org.cardfile.ui.internal.EditorOpener.CALL;
import static org.cardfile.ui.internal.EditorOpener.PREFILL;

/**
 * Takes a call for the signed-in rep and opens what to talk over: the industry card the tracking
 * number names, filled in from the call and the caller's record (or the card a transfer carries);
 * without a card template, the caller's customer record when the number is known, else a new one
 * filled in with the number and the caller's name.
 */
@Creatable
public class CallPicker {
    private final IncomingCalls calls;
    private final Session session;
    private final EditorOpener editors;
    private final CardTemplates templates;

    @Inject
    public CallPicker(IncomingCalls calls, Session session, EditorOpener editors, @Optional CardTemplates templates) {
        this.calls = calls;
        this.session = session;
        this.editors = editors;
        this.templates = templates;
    }

    /** @throws org.cardfile.core.calls.CallAlreadyTakenException someone else took it first */
    public void take(IncomingCall call) {
        IncomingCall taken = calls.pick(session, call.id());
        if (taken.cardId() != 0) {
            editors.open(new RecordRef(RecordType.CARD, taken.cardId()), taken.callerLabel(), Map.of(CALL, taken));
            return;
        }
        if (hasTemplate(taken.source().cardTemplate())) {
            editors.open(new RecordRef(RecordType.CARD, 0), taken.callerLabel(), Map.of(CALL, taken));
            return;
        }
        long customerId = taken.customerId() != 0 ? taken.customerId() : taken.caller().customerId();
        if (customerId != 0) {
            editors.open(new RecordRef(RecordType.CUSTOMER, customerId), taken.callerLabel(), Map.of(CALL, taken));
        } else {
            editors.open(new RecordRef(RecordType.CUSTOMER, 0), "Call from " + taken.callerLabel(),
                    Map.of(CALL, taken, PREFILL, prefill(taken)));
        }
    }

    /** The template is installed and switched on for this office; otherwise the call opens the customer record. */
    private boolean hasTemplate(String templateId) {
        if (templates == null || templateId.isEmpty() || !editors.canOpen(RecordType.CARD) || !session.may(Permission.EDIT_CARDS)) {
            return false;
        }
        return templates.available(session).stream().anyMatch(l -> l.id().equals(templateId));
    }

    /** A new customer with the caller's number and, when signalled or looked up, the name split in two. */
    static Customer prefill(IncomingCall call) {
        String name = call.callerName().strip();
        // a network-supplied "WIRELESS CALLER" or "ANONYMOUS" is not a person's name
        if (name.equalsIgnoreCase("wireless caller") || name.equalsIgnoreCase("anonymous")) {
            name = "";
        }
        int space = name.lastIndexOf(' ');
        String first = space < 0 ? "" : name.substring(0, space).strip();
        String last = space < 0 ? name : name.substring(space + 1).strip();
        List<Phone> phones = call.caller().customerId() == 0 && !call.ani().isEmpty() && call.ani().startsWith("+")
                ? List.of(Phone.of(PhoneType.OTHER, call.ani()))
                : List.of();
        return new Customer(0, 0, "", first, last, "", null, phones, List.of(), "", 0);
    }
}
