package org.cardfile.ui.cards;

import java.util.Optional;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardLayout;
import org.cardfile.core.cards.CardReminder;
import org.cardfile.core.cards.CardSummary;
import org.eclipse.swt.widgets.Shell;

/**
 * An open card editor, as the card actions a capability contributes see it. The editor puts itself
 * in its part's context under this type, so a handler of a card action (a command tagged
 * {@link #ACTION_TAG}) gets the card it acts on injected; the editor shows every such command as a
 * button beside Save, so the shell knows no capability by name.
 */
public interface CardEditor {
    /** The tag of a command the card editor shows as one of its actions. */
    String ACTION_TAG = "cardfile.cardAction";

    /**
     * The tag of a command the Follow-ups page shows beside its own buttons, acting on the chosen
     * follow-up or appointment ({@link #selectedReminder()}).
     */
    String REMINDER_ACTION_TAG = "cardfile.reminderAction";

    /** The card's template with the office's fields. */
    CardLayout layout();

    /** The card as it is on screen, typed values and reminders included. */
    Card current();

    /**
     * The card as saved, when there are no unsaved changes; otherwise empty, and the rep has been told
     * to save before they {@code doing} (e.g. "e-mail from it").
     */
    Optional<Card> saved(String doing);

    /** The card as the lists show it: its id (0 until saved), template and title. */
    CardSummary summary();

    /** The follow-up or appointment chosen on the Follow-ups page, if one is. */
    Optional<CardReminder> selectedReminder();

    Shell shell();

    /** Shows a message under the card's title. */
    void say(String text);

    /** Shows a problem under the card's title. */
    void problem(String text);

    /** Shows what went wrong while {@code doing} (e.g. "print the card"), the way the workbench words failures. */
    void problem(String doing, RuntimeException failure);

    /** Re-reads what an action may have added to the card's history: its notes and its call log. */
    void historyChanged();

    /** False once the editor is closed: work that finishes later must not touch it. */
    boolean isOpen();
}
