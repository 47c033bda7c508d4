package org.cardfile.ui.tests;

import java.util.Arrays;

import org.cardfile.ui.testsupport.UiRobot;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The Incoming calls part (the live list and the missed-call list) and the simulator row of the main toolbar. */
final class IncomingCallsPage {
    static final int STATUS = 0;
    static final int CALLER = 1;
    static final int DIALLED = 3;
    static final int TAKEN_BY = 6;
    static final int HISTORY = 7;

    private final UiRobot robot;

    IncomingCallsPage(UiRobot robot) {
        this.robot = robot;
    }

    /** Chooses the scenario by its title and presses Simulate call. */
    IncomingCallsPage simulate(String title) {
        Combo scenarios = robot.find("calls.scenario", Combo.class);
        int index = Arrays.asList(scenarios.getItems()).indexOf(title);
        if (index < 0) {
            throw new AssertionError("no scenario '" + title + "' in " + Arrays.toString(scenarios.getItems()));
        }
        scenarios.select(index);
        robot.click(robot.find("calls.simulate", Button.class));
        return this;
    }

    /** The live row of the caller, waiting until the broadcast brought it. */
    TableItem waitForCall(String caller) {
        Table live = robot.find("calls.live", Table.class);
        return robot.waitFor("a live call from '" + caller + "'", () -> Arrays.stream(live.getItems())
                .filter(i -> i.getText(CALLER).equals(caller)).findFirst().orElse(null));
    }

    /** Selects the caller's row and presses Take call. */
    IncomingCallsPage take(String caller) {
        Table live = robot.find("calls.live", Table.class);
        live.setSelection(waitForCall(caller));
        robot.click(robot.find("calls.take", Button.class));
        return this;
    }

    String waitForTakenBy(String caller, String rep) {
        robot.waitUntil("the call from '" + caller + "' to show as taken by " + rep,
                () -> waitForCall(caller).getText(TAKEN_BY).equals(rep));
        return waitForCall(caller).getText(TAKEN_BY);
    }

    /** The banner of the editor opened for the call, once it names the caller. */
    String banner(String caller) {
        Label banner = robot.find("customer.call", Label.class);
        robot.waitUntil("the call banner to name " + caller + " (shows '" + banner.getText() + "')",
                () -> banner.getText().contains(caller));
        return banner.getText();
    }
}
