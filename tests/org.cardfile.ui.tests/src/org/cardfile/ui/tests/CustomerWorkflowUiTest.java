package org.cardfile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.cardfile.ui.testsupport.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call-center rep on a fresh installation: takes the demo data, signs in, creates a customer by
 * typing into the editor, finds it again by phone, edits it and reads the change in Field Changes.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CustomerWorkflowUiTest {

    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");

    @Test
    void statusLineNamesTheSignedInRepAndOffice() {
        String status = workbench.statusLine();
        assertTrue(status.contains("Alice Adams") && status.contains("Springfield Leasing Office"), status);
    }

    @Test
    void newCustomerIsFoundByPhoneAndItsEditShowsInFieldChanges() throws Exception {
        String lastName = "Hopper" + System.currentTimeMillis() % 100000;
        CustomerEditorPage editor = workbench.customers().newCustomer()
                .type("customer.firstName", "Grace")
                .type("customer.lastName", lastName)
                .type("customer.phone.0", "(217) 555-0377")
                .type("customer.email.0", "grace.hopper@example.com")
                .save();
        // the store normalises the number and assigns a customer number; the editor shows both
        editor.waitForValue("customer.phone.0", "+12175550377");
        String customerNumber = editor.valueOf("customer.customerNumber");
        assertTrue(customerNumber.startsWith("C-"), "assigned customer number: " + customerNumber);

        List<String> hits = workbench.customers().search("217.555.0377", "1 customer");
        assertEquals(List.of("Grace " + lastName), hits, "the phone search finds exactly the new customer");

        CustomerEditorPage reopened = workbench.customers().openTopHitWithEnter();
        reopened.waitForValue("customer.lastName", lastName);
        assertEquals(customerNumber, reopened.valueOf("customer.customerNumber"));

        reopened.type("customer.lastName", lastName + "-Murray").save();
        reopened.waitForValue("customer.lastName", lastName + "-Murray");

        List<FieldChangesPage.Row> rows = workbench.fieldChanges()
                .waitForChange("Last name", lastName, lastName + "-Murray");
        assertTrue(rows.stream().anyMatch(r -> r.field().equals("Last name") && r.oldValue().isEmpty()
                && r.newValue().equals(lastName)), "the creation is audited too: " + rows);
        assertTrue(rows.stream().allMatch(r -> r.who().contains("Alice Adams")), "who: " + rows);

        new Screenshots(workbench.robot.display())
                .ofShell(workbench.robot.visibleShells().get(0), Path.of("target", "screenshots", "workbench.png"));
    }

    @Test
    void malformedPhoneIsExplainedBesideTheFieldAndTheTypingIsKept() {
        CustomerEditorPage editor = workbench.customers().newCustomer()
                .type("customer.lastName", "Typo")
                .type("customer.phone.0", "12ab")
                .save();
        String message = editor.messageBeside("customer.phone.0");
        assertTrue(message.toLowerCase().contains("not a valid phone number"), message);
        assertEquals("12ab", editor.valueOf("customer.phone.0"));
        assertEquals("Typo", editor.valueOf("customer.lastName"));
        assertEquals("", editor.valueOf("customer.customerNumber"), "nothing was saved");
    }
}
