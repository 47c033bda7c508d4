package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.cardfile.ui.testsupport.Screenshots;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rep with the call simulator: a call to an advertised number appears in the live list with the
 * caller cross-referenced; taking it opens the record with the call's banner.
 */
@ExtendWith(ScreenshotOnFailure.class)
class IncomingCallUiTest {
    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void aReturningCustomersCallPopsTheirRecordWithTheAdvertisingSource() throws Exception {
        IncomingCallsPage calls = workbench.incomingCalls().simulate("Ben Baker calls the Gazette ad line");
        TableItem row = calls.waitForCall("Ben Baker");
        assertTrue(row.getText(IncomingCallsPage.DIALLED).contains("Springfield Gazette"), row.getText(3));
        assertTrue(row.getText(IncomingCallsPage.HISTORY).startsWith("Returning"), row.getText(7));

        calls.take("Ben Baker");
        String banner = calls.banner("Ben Baker");
        assertTrue(banner.contains("+12175550190 · Springfield Gazette, Sunday classifieds"), banner);
        assertTrue(banner.contains("Returning"), banner);
        workbench.customerEditor().waitForValue("customer.lastName", "Baker");
        assertEquals("Alice Adams", calls.waitForTakenBy("Ben Baker", "Alice Adams"));

        new Screenshots(workbench.robot.display()).ofShell(workbench.robot.visibleShells().get(0),
                Path.of("target", "screenshots", "incoming-call.png"));
    }

    @Test
    void aNewCallerGetsANewRecordFilledWithTheNumberAndTheDirectoryName() {
        IncomingCallsPage calls = workbench.incomingCalls().simulate("A new prospect calls from the website");
        TableItem row = calls.waitForCall("Dana Whitfield");
        assertEquals("New caller", row.getText(IncomingCallsPage.HISTORY));

        calls.take("Dana Whitfield");
        calls.banner("Dana Whitfield");
        CustomerEditorPage editor = workbench.customerEditor()
                .waitForValue("customer.firstName", "Dana")
                .waitForValue("customer.lastName", "Whitfield")
                .waitForValue("customer.phone.0", "+12175550177");
        editor.type("customer.email.0", "dana.whitfield@example.com").save();
        workbench.robot.waitUntil("a customer number after the save",
                () -> editor.valueOf("customer.customerNumber").startsWith("C-"));
        assertTrue(calls.banner("Dana Whitfield").contains("dialled +12175550191"), "the call stays on the record");
    }
}
