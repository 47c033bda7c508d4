package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.cardfile.ui.testsupport.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A leasing rep takes a new prospect's call: the guest card opens filled in from the call, the rep
 * types what the prospect needs, is told about a bad value before saving, saves, and the card keeps
 * its notes and field changes and is filed under a new customer record.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GuestCardUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void aNewProspectsCallOpensAGuestCardThatTheRepFillsInAndSaves() throws Exception {
        IncomingCallsPage calls = workbench.incomingCalls().simulate("A new prospect calls from the website");
        calls.waitForCall("Dana Whitfield");
        calls.take("Dana Whitfield");

        CardEditorPage card = workbench.cardEditor().waitForTitle("Guest card")
                .waitForValue("firstName", "Dana").waitForValue("lastName", "Whitfield")
                .waitForValue("phone", "+12175550177")
                .waitForValue("trackingNumber", "+12175550191")
                .waitForValue("advertisingSource", "Springfield Leasing website")
                .waitForValue("rep", "Alice Adams")
                // the rep types on where the call's details end, not into the header's buttons
                .waitForCursorIn("email");
        assertFalse(card.isEditable("trackingNumber"), "the dialled number comes from the call");
        // Print and E-mail are the documents and mail capabilities' own commands, contributed to every card
        assertEquals("Print…", card.enabledAction("org.cardfile.ui.documents.command.printCard"));
        assertEquals("E-mail…", card.enabledAction("org.cardfile.ui.mail.command.emailCard"));
        card.click("org.cardfile.ui.mail.command.emailCard");
        assertTrue(card.message().startsWith("E-mail is not set up"), card.message());

        card.type("occupants", "0");
        assertEquals("Number of occupants must be at least 1.", card.messageBeside("occupants"));
        card.type("email", "dana.whitfield@example.com").type("rentUpTo", "1450").choose("bedrooms", "2 bedrooms");
        card.save();
        assertTrue(card.message().contains("not saved"), card.message());
        assertEquals("Number of occupants must be at least 1.", card.messageBeside("occupants"));
        assertEquals("Guest card", card.title(), "a refused card stays unsaved");
        assertEquals("dana.whitfield@example.com", card.valueOf("email"), "nothing typed is lost");

        card.type("occupants", "2").waitForNoMessageBeside("occupants").save();
        card.waitForTitle("Guest card: Whitfield, Dana");
        assertTrue(calls.banner("Dana Whitfield").contains("dialled +12175550191"), "the call stays on the card");

        card.addNote("Wants a ground-floor unit; call back after 5 pm.");
        assertTrue(CardEditorPage.joined(card.waitForRow("card.notes", "ground-floor"), 3).contains("Alice Adams"));

        card.type("rentUpTo", "1500").save();
        card.tab("changes");
        card.waitForRow("card.changes", "Rent up to | 1450 | 1500");

        card.tab("calllog");
        card.waitForRow("card.calllog", "Springfield Leasing website");

        new Screenshots(workbench.robot.display()).ofShell(workbench.robot.visibleShells().get(0),
                Path.of("target", "screenshots", "guest-card.png"));

        // the documents capability adds its calendar export to the Follow-ups page; it waits for a choice
        card.page("reminders");
        org.eclipse.swt.widgets.Button addToCalendar = workbench.robot.find(
                "org.cardfile.ui.documents.command.addToCalendar", org.eclipse.swt.widgets.Button.class);
        assertEquals("Add to calendar (.ics)…", addToCalendar.getText());
        assertFalse(addToCalendar.isEnabled(), "no follow-up is chosen yet");

        card.click("card.customer");
        CustomerEditorPage customer = workbench.customerEditor().waitForValue("customer.lastName", "Whitfield")
                .waitForValue("customer.email.0", "dana.whitfield@example.com");
        workbench.robot.waitUntil("a customer number for the new prospect",
                () -> customer.valueOf("customer.customerNumber").startsWith("C-"));
    }
}
