package org.cardfile.store.cards.internal;

import static org.cardfile.store.cards.internal.CardRows.*;

import java.util.List;

import org.cardfile.core.cards.CardNote;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ValidationException;
import org.cardfile.store.jpa.foundation.PersistenceUnit;
import org.cardfile.store.jpa.foundation.SessionRegistry;
import org.cardfile.store.cards.internal.entity.CardEntity;

/** The card's running log: notes are only ever added, never changed. */
final class CardNotes {
    private final PersistenceUnit store;
    private final SessionRegistry sessions;

    CardNotes(PersistenceUnit store, SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    public CardNote addNote(Session session, long cardId, String text) {
        Session s = sessions.require(session, Permission.EDIT_CARDS);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("note", "Type the note first.")));
        }
        if (note.length() > NOTE_LIMIT) {
            throw new ValidationException(List.of(new FieldError("note", "A note takes at most " + NOTE_LIMIT
                    + " characters (" + note.length() + " typed).")));
        }
        return store.write(em -> {
            CardEntity card = find(em, s, cardId);
            return toRecord(note(em, card, s, note));
        });
    }

    public List<CardNote> notes(Session session, long cardId) {
        Session s = sessions.require(session, Permission.VIEW_CARDS);
        return store.read(em -> noteRows(em, find(em, s, cardId).id).stream().map(CardRows::toRecord).toList());
    }
}
