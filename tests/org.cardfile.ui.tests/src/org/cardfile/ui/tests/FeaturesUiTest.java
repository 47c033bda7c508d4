package org.cardfile.ui.tests;

import static org.cardfile.ui.tests.TableRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.security.AuthenticationService;
import org.cardfile.core.security.Session;
import org.cardfile.ui.testsupport.ScreenshotOnFailure;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Admin → Features: a feature an admin switches off leaves every workstation at once (its toolbar
 * row, its menu item and its key), with no restart, and switched on it is back and works.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FeaturesUiTest {
    private static final String SIMULATOR = "org.cardfile.telephony.simulator";
    private static final String MENU_ITEM = "org.cardfile.ui.simulator.menuitem.simulateCall";
    private static final String KEY_BINDING = "org.cardfile.ui.simulator.binding.simulateCall";

    private final Workbench workbench = new Workbench().signedInAs("alice", "cardfile");
    private final BundleContext context = FrameworkUtil.getBundle(FeaturesUiTest.class).getBundleContext();
    private final MApplication application = context.getService(context.getServiceReference(IWorkbench.class))
            .getApplication();
    private final Capabilities capabilities = context.getService(context.getServiceReference(Capabilities.class));
    private final AuthenticationService auth = context.getService(
            context.getServiceReference(AuthenticationService.class));

    @Test
    void theSimulatorSwitchedOffByAnAdminElsewhereDisappearsHereWithoutARestartAndComesBack() {
        // the admin works at another workstation; here the services stand in for it
        Session admin = auth.signIn("admin", "cardfile".toCharArray());
        try {
            workbench.robot.find("calls.simulate", Button.class);
            assertTrue(simulateMenuItem().isVisible());
            assertTrue(simulateKeyBound());

            // confirmed: a call another test simulated may still be playing (the in-use question is tested below)
            capabilities.switchTo(admin, SIMULATOR, false, false, true);
            workbench.robot.waitUntil("Simulate call to leave the toolbar",
                    () -> !workbench.robot.isShowing("calls.simulate"));
            assertFalse(workbench.robot.isShowing("calls.scenario"));
            assertFalse(simulateMenuItem().isVisible(), "Customer → Simulate incoming call is hidden");
            assertFalse(simulateKeyBound(), "Ctrl+Shift+K does nothing");

            capabilities.switchTo(admin, SIMULATOR, false, true, false);
            Table live = workbench.robot.find("calls.live", Table.class);
            int before = live.getItemCount();
            workbench.incomingCalls().simulate("A caller hangs up before anyone answers");
            workbench.robot.waitUntil("the simulated call in the live list", () -> live.getItemCount() == before + 1);
            assertTrue(simulateMenuItem().isVisible());
            assertTrue(simulateKeyBound());
        } finally {
            capabilities.switchTo(admin, SIMULATOR, false, true, true);
            auth.signOut(admin);
        }
    }

    @Test
    void printingSwitchedOffLeavesTheCardsActionsAndSwitchedOnIsBack() {
        String documents = "org.cardfile.documents";
        String print = "org.cardfile.ui.documents.command.printCard";
        Session admin = auth.signIn("admin", "cardfile".toCharArray());
        try {
            capabilities.switchTo(admin, documents, false, false, true);
            workbench.robot.waitUntil("the documents capability hidden", () -> !documentsTagged(print));
            CardEditorPage card = workbench.blankCard("Guest card");
            workbench.robot.find("org.cardfile.ui.mail.command.emailCard", Button.class);
            assertFalse(workbench.robot.isShowing(print), "no Print… on a card while printing is off");
            workbench.execute("org.cardfile.ui.command.closeEditor");

            capabilities.switchTo(admin, documents, false, true, false);
            workbench.robot.waitUntil("the documents capability shown again", () -> documentsTagged(print));
            card = workbench.blankCard("Guest card");
            assertEquals("Print…", card.enabledAction(print));
            workbench.execute("org.cardfile.ui.command.closeEditor");
        } finally {
            capabilities.switchTo(admin, documents, false, true, true);
            auth.signOut(admin);
            // the other tests start from the customer list
            workbench.showPart("org.cardfile.ui.customers.part.customers");
        }
    }

    @Test
    void incomingCallsSwitchedOffTakeTheCallListAndTheCardsAlongAndOnAgainBothAreBack() {
        String calls = "org.cardfile.calls";
        String callsPart = "org.cardfile.ui.calls.part";
        Session admin = auth.signIn("admin", "cardfile".toCharArray());
        try {
            workbench.showPart(callsPart);
            workbench.robot.find("calls.live", Table.class);
            assertTrue(cardsMenu().isVisible());

            // confirmed: a call another test simulated may still be playing
            capabilities.switchTo(admin, calls, false, false, true);
            workbench.robot.waitUntil("the incoming calls to leave", () -> !workbench.robot.isShowing("calls.live"));
            assertFalse(modelPart(callsPart).isToBeRendered(), "the Incoming calls part is gone from the window");
            assertFalse(cardsMenu().isVisible(), "the Cards menu goes too: cards need incoming calls");
            assertFalse(modelPart("org.cardfile.ui.cards.part").isToBeRendered(), "and so does the card list");

            capabilities.switchTo(admin, calls, false, true, true);
            workbench.robot.waitUntil("the Cards menu back", () -> cardsMenu().isVisible());
            workbench.showPart(callsPart);
            workbench.robot.find("calls.live", Table.class);
            CardEditorPage card = workbench.blankCard("Guest card");
            assertTrue(card.isEditable("lastName"), "a guest card opens for typing again");
            workbench.execute("org.cardfile.ui.command.closeEditor");
        } finally {
            capabilities.switchTo(admin, calls, false, true, true);
            auth.signOut(admin);
            workbench.showPart("org.cardfile.ui.customers.part.customers");
        }
    }

    private org.eclipse.e4.ui.model.application.ui.basic.MPart modelPart(String id) {
        EModelService models = application.getContext().get(EModelService.class);
        List<org.eclipse.e4.ui.model.application.ui.basic.MPart> found = models.findElements(application, id,
                org.eclipse.e4.ui.model.application.ui.basic.MPart.class, null);
        assertEquals(1, found.size(), id + " is in the model once");
        return found.get(0);
    }

    private org.eclipse.e4.ui.model.application.ui.menu.MMenu cardsMenu() {
        return inMainMenu("org.cardfile.ui.cards.menu", org.eclipse.e4.ui.model.application.ui.menu.MMenu.class);
    }

    /** Whether the print command offers itself to the card editor as one of its actions. */
    private boolean documentsTagged(String command) {
        return application.getCommands().stream().anyMatch(c -> command.equals(c.getElementId())
                && c.getTags().contains(org.cardfile.ui.cards.CardEditor.ACTION_TAG));
    }

    @Test
    void theAdminSwitchesAFeatureInTheFeaturesPartAndIsToldWhatIsInUseFirst() {
        workbench.signOut();
        Workbench asAdmin = new Workbench().signedInAs("admin", "cardfile");
        try {
            workbench.execute("org.cardfile.ui.command.features");
            Table features = asAdmin.robot.find("features.table", Table.class);
            List<String> names = Arrays.stream(features.getItems()).map(i -> i.getText(0)).toList();
            assertTrue(names.containsAll(List.of("Call simulator", "E-mail", "Multi-housing cards",
                    "Printing and calendar export", "Product support cards")), names.toString());
            TableItem simulator = row(features, "Call simulator");
            assertEquals("Cardfile", simulator.getText(3));
            assertEquals("On", simulator.getText(4));

            // a call of our own is playing, so switching off always meets the in-use question
            asAdmin.incomingCalls().simulate("A resident calls the maintenance line");
            TableRows.select(asAdmin.robot, features, "Call simulator");
            asAdmin.robot.click(asAdmin.robot.find("features.off", Button.class));
            Label message = asAdmin.robot.find("features.message", Label.class);
            // the call just played, and any an earlier test left playing
            assertTrue(message.getText().matches("Call simulator is in use: (1 simulated call is|\\d+ simulated calls are)"
                    + " still playing\\. Switching it off now interrupts that\\."), message.getText());
            assertEquals("On", row(features, "Call simulator").getText(4), "nothing switched yet");
            assertTrue(asAdmin.robot.isShowing("calls.simulate"));

            asAdmin.robot.click(asAdmin.robot.find("features.confirm", Button.class));
            asAdmin.robot.waitUntil("the simulator to show as off", () -> "Off".equals(row(features, "Call simulator")
                    .getText(4)));
            assertFalse(asAdmin.robot.isShowing("features.confirm"));
            asAdmin.robot.waitUntil("Simulate call to leave the toolbar", () -> !asAdmin.robot.isShowing("calls.simulate"));
            Table history = asAdmin.robot.find("features.history", Table.class);
            assertEquals("Ada Admin (admin)", history.getItem(0).getText(1));
            assertEquals("Whole installation", history.getItem(0).getText(2));
            assertEquals("on → off", history.getItem(0).getText(3));

            asAdmin.robot.click(asAdmin.robot.find("features.on", Button.class));
            asAdmin.robot.waitUntil("the simulator to show as on", () -> "On".equals(row(features, "Call simulator")
                    .getText(4)));
            asAdmin.robot.find("calls.simulate", Button.class);
            assertEquals("off → on", history.getItem(0).getText(3));
        } finally {
            Session admin = auth.signIn("admin", "cardfile".toCharArray());
            capabilities.switchTo(admin, SIMULATOR, false, true, true);
            auth.signOut(admin);
            workbench.signOut();
            new Workbench().signedInAs("alice", "cardfile");
        }
        assertFalse(workbench.robot.isShowing("features.table"), "the admin's Features part closed at sign-out");
        // the lists are read with the next user's session, not the admin's that ended
        workbench.execute("org.cardfile.ui.command.refresh");
        workbench.robot.find("calls.live", Table.class);
        assertEquals("", workbench.robot.isShowing("calls.message")
                ? workbench.robot.find("calls.message", Label.class).getText() : "",
                "no 'session ended' over the incoming calls");
        assertEquals("Alice Adams · Call-center rep · Springfield Leasing Office", workbench.statusLine());
        // and the next user's records open in the middle as before the sign-out
        workbench.robot.click(workbench.robot.find("customers.new", Button.class));
        workbench.robot.find("customer.lastName", org.eclipse.swt.widgets.Text.class);
        workbench.execute("org.cardfile.ui.command.closeEditor");
    }

    private MMenuItem simulateMenuItem() {
        return inMainMenu(MENU_ITEM, MMenuItem.class);
    }

    /** The main-menu element of that id, which the model must hold exactly once. */
    private <T extends org.eclipse.e4.ui.model.application.ui.MUIElement> T inMainMenu(String id, Class<T> type) {
        EModelService models = application.getContext().get(EModelService.class);
        List<T> found = models.findElements(application.getChildren().get(0), id, type, null,
                EModelService.IN_MAIN_MENU);
        assertEquals(1, found.size(), id + " is in the main menu once");
        return found.get(0);
    }

    private boolean simulateKeyBound() {
        return application.getBindingTables().stream().flatMap(t -> t.getBindings().stream())
                .anyMatch(b -> KEY_BINDING.equals(b.getElementId()));
    }
}
