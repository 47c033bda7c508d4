package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.cardfile.ui.testsupport.Screenshots;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rep with the call simulator: a call to an advertised number appears in the live list with the
 * caller cross-referenced; taking it opens the tracking number's card, filled from the caller's
 * record, under the call's banner.
 */
@ExtendWith(ScreenshotOnFailure.class)
class IncomingCallUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void aReturningCustomersCallOpensTheGuestCardFilledFromTheirRecord() throws Exception {
        IncomingCallsPage calls = workbench.incomingCalls().simulate("Ben Baker calls the Gazette ad line");
        TableItem row = calls.waitForCall("Ben Baker");
        assertTrue(row.getText(IncomingCallsPage.DIALLED).contains("Springfield Gazette"), row.getText(3));
        assertTrue(row.getText(IncomingCallsPage.HISTORY).startsWith("Returning"), row.getText(7));

        calls.take("Ben Baker");
        String banner = calls.banner("Ben Baker");
        assertTrue(banner.contains("+12175550190 · Springfield Gazette, Sunday classifieds"), banner);
        assertTrue(banner.contains("Returning"), banner);
        CardEditorPage card = workbench.cardEditor().waitForTitle("Guest card")
                .waitForValue("firstName", "Ben").waitForValue("lastName", "Baker")
                .waitForValue("advertisingSource", "Springfield Gazette, Sunday classifieds");
        assertFalse(card.isEditable("advertisingSource"), "what was dialled is not the rep's to change");
        assertEquals("Alice Adams", calls.waitForTakenBy("Ben Baker", "Alice Adams"));

        new Screenshots(workbench.robot.display()).ofShell(workbench.robot.visibleShells().get(0),
                Path.of("target", "screenshots", "incoming-call.png"));
        card.click("card.customer");
        workbench.customerEditor().waitForValue("customer.lastName", "Baker");
    }
}
