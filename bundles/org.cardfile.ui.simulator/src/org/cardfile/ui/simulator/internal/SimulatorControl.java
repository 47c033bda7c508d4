package org.cardfile.ui.simulator.internal;

import java.lang.System.Logger.Level;
import java.util.List;

import org.cardfile.core.calls.CallSimulator;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The simulator in the main toolbar: a choice of scripted calls and Simulate call. It follows the
 * simulator service: when the simulator is switched off (or a networked server has none) the row
 * is empty, and when it comes back the row is filled again.
 */
public class SimulatorControl {
    private static final System.Logger LOG = System.getLogger(SimulatorControl.class.getName());

    @Inject
    private UISynchronize ui;

    private Composite row;
    private Combo scenarioChoice;
    private Label message;
    private CallSimulator simulator;
    private List<CallSimulator.Scenario> offered = List.of();

    @PostConstruct
    public void create(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        row.setLayout(layout);
        fill();
    }

    /** The e4 context re-injects this whenever the simulator service comes or goes. */
    @Inject
    void simulator(@Optional CallSimulator simulator) {
        this.simulator = simulator;
        if (row != null && ui != null) {
            ui.asyncExec(this::fill);
        }
    }

    private void fill() {
        if (row == null || row.isDisposed()) {
            return;
        }
        for (Control c : row.getChildren()) {
            c.dispose();
        }
        scenarioChoice = null;
        offered = scenarios();
        if (!offered.isEmpty()) {
            scenarioChoice = Ids.tag(new Combo(row, SWT.READ_ONLY), "calls.scenario");
            for (CallSimulator.Scenario s : offered) {
                scenarioChoice.add(s.title());
            }
            scenarioChoice.select(0);
            Button play = Ids.tag(new Button(row, SWT.PUSH), "calls.simulate");
            play.setText("Simulate call");
            play.setToolTipText("Play the chosen call through the simulator driver (Ctrl+Shift+K)");
            play.addListener(SWT.Selection, e -> simulate());
            message = Ids.tag(new Label(row, SWT.NONE), "simulator.message");
            message.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        row.getParent().layout(true, true);
    }

    /** The simulator's scenarios; none when there is no simulator (or, networked, the server has none). */
    private List<CallSimulator.Scenario> scenarios() {
        CallSimulator current = simulator;
        if (current == null) {
            return List.of();
        }
        try {
            return current.scenarios();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "No call simulator: {0}", e.getMessage());
            return List.of();
        }
    }

    /** Plays the scenario chosen in the row; the Simulate incoming call command calls this. */
    public void simulate() {
        CallSimulator current = simulator;
        if (current == null || scenarioChoice == null || scenarioChoice.isDisposed()) {
            return;
        }
        try {
            // the scenario the rep sees chosen, without asking the simulator (a server, when networked) again
            current.play(offered.get(Math.max(0, scenarioChoice.getSelectionIndex())));
            MessageLine.show(message, "");
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("simulate the call", e));
        }
        row.getParent().layout(true, true);
    }
}
