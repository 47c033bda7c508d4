package org.cardfile.ui.internal.capabilities;

import java.util.List;
import java.util.Optional;

import org.cardfile.core.capabilities.Capabilities;
import org.cardfile.core.capabilities.CapabilityInUseException;
import org.cardfile.core.capabilities.CapabilityStatus;
import org.cardfile.core.capabilities.CapabilitySwitch;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.Problems;
import org.cardfile.ui.internal.widgets.Buttons;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.cardfile.ui.internal.widgets.Tables;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Admin → Features: every installed capability with what it does, its version, vendor and state,
 * switched on or off for the installation or, where the capability allows it, for this office.
 * Switching off something in use says what is in use and asks once more; the switches of the
 * selected feature are listed below.
 */
public class FeaturesPart {
    @Inject
    private Capabilities capabilities;
    @Inject
    private Session session;

    private Table features;
    private Table history;
    private Label message;
    private Button on;
    private Button off;
    private Button officeOn;
    private Button officeOff;
    private Button confirm;
    /** The switch that waits for the admin to confirm it although something is in use. */
    private Runnable pending;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText("Switched off, a feature's screens, menus and keys disappear on every workstation at once and"
                + " its services stop; its data stays, and switching it on again brings everything back.");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        features = Tables.create(parent, "features.table",
                new String[] { "Feature", "What it does", "Version", "Vendor", "State" },
                new int[] { 170, 360, 90, 90, 120 });
        features.addListener(SWT.Selection, e -> selected());

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(4, false));
        on = Buttons.push(buttons, "features.on", "Switch on", () -> switchSelected(false, true));
        off = Buttons.push(buttons, "features.off", "Switch off", () -> switchSelected(false, false));
        officeOn = Buttons.push(buttons, "features.officeOn", "On for " + session.office().name(),
                () -> switchSelected(true, true));
        officeOff = Buttons.push(buttons, "features.officeOff", "Off for " + session.office().name(),
                () -> switchSelected(true, false));

        message = MessageLine.problemLine(parent, "features.message", 1);
        confirm = Buttons.push(parent, "features.confirm", "Switch off anyway", this::confirmed);
        confirm.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        show(confirm, false);

        new Label(parent, SWT.NONE).setText("Switches of the selected feature:");
        history = Tables.create(parent, "features.history", new String[] { "When", "Who", "Where", "Change" },
                new int[] { 130, 200, 160, 100 });
        reload();
    }

    /** Another admin's switch, or one pushed by the server, shows here at once. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void switched(@UIEventTopic(Capabilities.CHANGED) Event event) {
        if (features != null && !features.isDisposed()) {
            reload();
        }
    }

    private void reload() {
        Optional<String> keep = selection().map(s -> s.capability().id());
        List<CapabilityStatus> shown;
        try {
            shown = capabilities.installed(session);
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("list the installed features", e));
            return;
        }
        features.removeAll();
        for (CapabilityStatus s : shown) {
            TableItem row = new TableItem(features, SWT.NONE);
            row.setText(new String[] { s.capability().name(), s.capability().summary(), s.capability().version(),
                    s.capability().vendor(), s.stateText() });
            row.setData(s);
            if (keep.isPresent() && keep.get().equals(s.capability().id())) {
                features.setSelection(row);
            }
        }
        selected();
    }

    private Optional<CapabilityStatus> selection() {
        if (features == null || features.getSelectionCount() != 1) {
            return Optional.empty();
        }
        return Optional.of((CapabilityStatus) features.getSelection()[0].getData());
    }

    private void selected() {
        Optional<CapabilityStatus> s = selection();
        on.setEnabled(s.isPresent() && !s.get().installationOn());
        off.setEnabled(s.isPresent() && s.get().installationOn());
        boolean scoped = s.isPresent() && s.get().capability().officeScoped() && s.get().installationOn();
        officeOn.setEnabled(scoped && !s.get().officeOn());
        officeOff.setEnabled(scoped && s.get().officeOn());
        history.removeAll();
        if (s.isEmpty()) {
            return;
        }
        try {
            for (CapabilitySwitch change : capabilities.history(session, s.get().capability().id())) {
                new TableItem(history, SWT.NONE).setText(new String[] { Tables.when(change.switchedAt()),
                        change.switchedBy(), change.wholeInstallation() ? "Whole installation" : "This office",
                        (change.wasOn() ? "on" : "off") + " → " + (change.on() ? "on" : "off") });
            }
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("read the feature's switches", e));
        }
    }

    private void switchSelected(boolean officeOnly, boolean switchOn) {
        selection().ifPresent(s -> attempt(s, officeOnly, switchOn, false));
    }

    private void attempt(CapabilityStatus s, boolean officeOnly, boolean switchOn, boolean confirmedInUse) {
        pending = null;
        show(confirm, false);
        try {
            capabilities.switchTo(session, s.capability().id(), officeOnly, switchOn, confirmedInUse);
            MessageLine.show(message, "");
        } catch (CapabilityInUseException e) {
            MessageLine.show(message, e.getMessage());
            pending = () -> attempt(s, officeOnly, switchOn, true);
            show(confirm, true);
            return;
        } catch (RuntimeException e) {
            MessageLine.show(message, Problems.describe("switch " + s.capability().name(), e));
            return;
        }
        reload();
    }

    private void confirmed() {
        Runnable run = pending;
        if (run != null) {
            run.run();
        }
    }

    private static void show(Button button, boolean visible) {
        button.setVisible(visible);
        ((GridData) button.getLayoutData()).exclude = !visible;
        button.getParent().layout(true, true);
    }
}
