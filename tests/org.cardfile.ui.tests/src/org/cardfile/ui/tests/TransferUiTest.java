package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.cardfile.core.cards.Card;
import org.cardfile.core.cards.Cards;
import org.cardfile.core.model.Office;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Send to Community as the receiving office sees it: a card a Shelbyville rep sends to Springfield
 * appears live in Springfield's incoming list tagged TRANSFER, and taking it opens the card with
 * its notes and the sender's note.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TransferUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void aCardSentFromAnotherOfficeArrivesAsATransferAndOpensWithItsHistory() {
        BundleContext context = FrameworkUtil.getBundle(TransferUiTest.class).getBundleContext();
        AuthenticationService auth = context.getService(context.getServiceReference(AuthenticationService.class));
        Cards cards = context.getService(context.getServiceReference(Cards.class));

        // the Shelbyville rep works at another workstation; here the services stand in for it
        Session rita = auth.signIn("rita", "cardfile".toCharArray());
        try {
            Card card = cards.blank(rita, "multihousing.guest", ZoneId.systemDefault()).withValue("firstName", "Priya")
                    .withValue("lastName", "Raman").withValue("phone", "(217) 555-0188")
                    .withValue("email", "priya.raman@example.com");
            Card saved = cards.save(rita, card);
            cards.addNote(rita, saved.id(), "Wants to move to Springfield in March.");
            Office springfield = cards.destinations(rita).stream().filter(o -> o.name().startsWith("Springfield"))
                    .findFirst().orElseThrow();
            cards.sendToOffice(rita, saved.id(), springfield.id(), "Please call her back this week.");
        } finally {
            auth.signOut(rita);
        }

        IncomingCallsPage calls = workbench.incomingCalls();
        TableItem row = calls.waitForCall("Priya Raman");
        assertEquals("TRANSFER", row.getText(IncomingCallsPage.STATUS));
        assertTrue(row.getText(IncomingCallsPage.DIALLED).contains("Transfer from Shelbyville"),
                row.getText(IncomingCallsPage.DIALLED));

        calls.take("Priya Raman");
        CardEditorPage card = workbench.cardEditor().waitForTitle("Guest card: Raman, Priya")
                .waitForValue("email", "priya.raman@example.com");
        assertTrue(card.title().contains("transferred from Shelbyville"), card.title());
        assertTrue(calls.banner("Priya Raman").startsWith("TRANSFER"), calls.banner("Priya Raman"));
        card.tab("notes");
        card.waitForRow("card.notes", "Wants to move to Springfield in March.");
        card.waitForRow("card.notes", "Please call her back this week.");
    }
}
