package org.cardfile.ui.tests;

import java.time.Duration;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The running workbench as a signed-in user sees it; the entry point of the page objects. */
final class Workbench {
    final UiRobot robot = new UiRobot(Display.getCurrent(), Duration.ofSeconds(40));

    /**
     * Signs in through the real sign-in screen. A brand-new data folder first offers demo data;
     * the test takes it, as the README tells a newcomer to.
     */
    Workbench signedInAs(String login, String password) {
        if (robot.isShowing("customers.search")) {
            return this;
        }
        robot.waitUntil("the sign-in or first-run screen",
                () -> robot.isShowing("login.user") || robot.isShowing("firstrun.loadDemo"));
        if (robot.isShowing("firstrun.loadDemo")) {
            robot.click(robot.find("firstrun.loadDemo", org.eclipse.swt.widgets.Button.class));
        }
        robot.typeInto(robot.find("login.user", Text.class), login);
        robot.typeInto(robot.find("login.password", Text.class), password);
        robot.click(robot.find("login.signIn", org.eclipse.swt.widgets.Button.class));
        robot.find("customers.search", Text.class);
        return this;
    }

    /** Runs a command of the application model as its menu item or key would. */
    void execute(String command) {
        var context = org.osgi.framework.FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        var application = context.getService(context.getServiceReference(org.eclipse.e4.ui.workbench.IWorkbench.class))
                .getApplication();
        var window = application.getChildren().get(0).getContext();
        window.get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(
                window.get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(command, null));
        robot.spin();
    }

    /** File → Sign out; the sign-in screen shows. */
    void signOut() {
        execute("org.cardfile.ui.command.signOut");
        robot.waitUntil("the sign-in screen", () -> robot.isShowing("login.user"));
    }

    /** Brings the part forward, as clicking its tab does. */
    void showPart(String partId) {
        var context = org.osgi.framework.FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        var parts = context.getService(context.getServiceReference(org.eclipse.e4.ui.workbench.IWorkbench.class))
                .getApplication().getChildren().get(0).getContext()
                .get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
        parts.showPart(partId, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        robot.spin();
    }

    /** A blank card of the template, opened from the Cards part as a rep does. */
    CardEditorPage blankCard(String templateName) {
        showPart("org.cardfile.ui.cards.part");
        org.eclipse.swt.widgets.Combo kinds = robot.find("cards.template", org.eclipse.swt.widgets.Combo.class);
        int index = java.util.Arrays.asList(kinds.getItems()).indexOf(templateName);
        if (index < 0) {
            throw new AssertionError(templateName + " is not in " + java.util.Arrays.toString(kinds.getItems()));
        }
        kinds.select(index);
        kinds.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        org.eclipse.swt.widgets.Button newCard = robot.find("cards.new", org.eclipse.swt.widgets.Button.class);
        // the part was just created: click where the button is once it is laid out, not where it was
        robot.waitUntil("the Cards list to be laid out", () -> newCard.getSize().x > 0
                && newCard.getShell().getDisplay().map(newCard, null, 0, 0).x > 0);
        robot.spin();
        robot.click(newCard);
        Label title = robot.find("card.title", Label.class);
        robot.waitUntil("a blank " + templateName, () -> title.getText().equals(templateName));
        return cardEditor();
    }

    String statusLine() {
        return robot.find("status.user", Label.class).getText();
    }

    CustomersPage customers() {
        return new CustomersPage(robot);
    }

    CustomerEditorPage customerEditor() {
        return new CustomerEditorPage(robot);
    }

    CardEditorPage cardEditor() {
        return new CardEditorPage(robot);
    }

    IncomingCallsPage incomingCalls() {
        return new IncomingCallsPage(robot);
    }

    FieldChangesPage fieldChanges() {
        return new FieldChangesPage(robot);
    }
}
