package org.cardfile.ui.tests;

import java.util.Arrays;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.cardfile.ui.testsupport.UiRobot;
import org.osgi.framework.FrameworkUtil;

/** The Reports part as a user works it: the list of reports, the chosen one, what the browser shows. */
final class ReportsPage {
    private final UiRobot robot;

    ReportsPage(UiRobot robot) {
        this.robot = robot;
    }

    Tree list() {
        return robot.find("reports.list", Tree.class);
    }

    /** The report titled {@code title} in the list, or null while it is not there. */
    TreeItem item(String title) {
        return Arrays.stream(list().getItems()).flatMap(c -> Arrays.stream(c.getItems()))
                .filter(i -> i.getText().equals(title)).findFirst().orElse(null);
    }

    /** Clicks the report in the list and waits until its form shows. */
    void choose(String title) {
        TreeItem item = robot.waitFor(title + " in the list", () -> item(title));
        Rectangle bounds = item.getBounds();
        // on the start of the title: a narrow list cuts off its end
        robot.clickAt(list(), bounds.x + 8, bounds.y + bounds.height / 2);
        Label shown = robot.find("reports.title", Label.class);
        robot.waitUntil(title + " chosen", () -> shown.getText().equals(title));
    }

    /** Waits until the browser widget shows {@code text}, and returns all it shows. */
    String browserShowing(String text) {
        Browser browser = robot.find("reports.browser", Browser.class);
        return robot.waitFor("the browser to show " + text, () -> {
            Object shown = browser.evaluate("return document.body ? document.body.innerText : '';");
            return shown instanceof String s && s.contains(text) ? s : null;
        });
    }

    /** Where the test puts what the part looks up, such as its dialogs' answers. */
    static IEclipseContext applicationContext() {
        var context = FrameworkUtil.getBundle(ReportsPage.class).getBundleContext();
        return context.getService(context.getServiceReference(IWorkbench.class)).getApplication().getContext();
    }
}
