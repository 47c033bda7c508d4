package org.cardfile.ui.mail.internal;

import java.util.Optional;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.CardIdentity;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.mail.MailSender;
import org.cardfile.core.mail.OutgoingMail;
import org.cardfile.core.model.Channel;
import org.cardfile.core.model.Direction;
import org.cardfile.core.model.InteractionDraft;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.core.service.ContactLog;
import org.cardfile.ui.cards.CardEditor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;

/**
 * E-mail… on a card: a preset text filled from the card, sent in the background, then logged as a
 * contact with the card's customer and noted on the card.
 */
public class EmailCardHandler {

    /** The e-mail is noted on the card, which only those who may edit cards can do. */
    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional MailSender mail,
            @org.eclipse.e4.core.di.annotations.Optional CardEditor editor,
            @org.eclipse.e4.core.di.annotations.Optional Session session) {
        return mail != null && editor != null && session != null && session.may(Permission.EDIT_CARDS);
    }

    @Execute
    public void execute(MailSender mail, CardEditor editor, Session session, Cards cards, ContactLog contactLog) {
        if (!mail.isConfigured()) {
            editor.problem(mail.describe());
            return;
        }
        Optional<Card> saved = editor.saved("e-mail from it");
        if (saved.isEmpty()) {
            return;
        }
        Card card = saved.get();
        CardIdentity who = CardIdentity.of(editor.layout(), card.values());
        EmailCardDialog dialog = new EmailCardDialog(editor.shell(), editor.layout(), card.values(),
                session.employee().displayName(), session.office().name(), who.email(), who.displayName(),
                mail.describe());
        if (dialog.open() != EmailCardDialog.OK) {
            return;
        }
        OutgoingMail outgoing = dialog.mail();
        Display display = editor.shell().getDisplay();
        editor.say("Sending the e-mail to " + outgoing.to() + "…");
        Job job = Job.create("Sending e-mail to " + outgoing.to(), monitor -> {
            try {
                mail.send(outgoing);
            } catch (RuntimeException | LinkageError e) {
                // a missing mail library is a LinkageError: the rep must still learn the mail did not go
                RuntimeException failure = e instanceof RuntimeException r ? r
                        : new IllegalStateException("the mail library could not be loaded: " + e, e);
                onDisplay(display, editor, () -> editor.problem("send the e-mail", failure));
                return Status.OK_STATUS;
            }
            onDisplay(display, editor, () -> emailed(editor, session, cards, contactLog, card, outgoing));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Runs on the UI thread unless the editor (or the workbench) closed meanwhile: then the log has the outcome. */
    private static void onDisplay(Display display, CardEditor editor, Runnable action) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (editor.isOpen()) {
                    action.run();
                }
            });
        }
    }

    /** A sent e-mail is logged as an interaction with the customer and noted on the card. */
    private static void emailed(CardEditor editor, Session session, Cards cards, ContactLog contactLog, Card card,
            OutgoingMail sent) {
        try {
            if (card.customerId() != 0) {
                contactLog.log(session, new InteractionDraft(card.customerId(), Channel.EMAIL, Direction.OUTBOUND, "", "",
                        "E-mail \"" + sent.subject() + "\" to " + sent.to()));
            }
            cards.addNote(session, card.id(), "E-mailed " + sent.to() + ": " + sent.subject());
        } catch (RuntimeException e) {
            editor.problem("The e-mail was sent, but " + org.cardfile.ui.internal.Problems.describe("log it", e));
            return;
        }
        editor.say("E-mail sent to " + sent.to() + ".");
        editor.historyChanged();
    }
}
