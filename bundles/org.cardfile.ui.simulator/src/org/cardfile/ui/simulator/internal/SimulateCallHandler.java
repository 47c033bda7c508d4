package org.cardfile.ui.simulator.internal;

import org.cardfile.core.calls.CallSimulator;
import org.cardfile.core.security.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Plays the call chosen in the simulator row of the toolbar (Ctrl+Shift+K). */
public class SimulateCallHandler {
    static final String CONTROL = "org.cardfile.ui.simulator.toolcontrol";

    @CanExecute
    public boolean simulatorPresent(@Optional CallSimulator simulator, @Optional Session session) {
        return simulator != null && session != null;
    }

    @Execute
    public void execute(MApplication application, EModelService models) {
        if (models.find(CONTROL, application) instanceof MToolControl control
                && control.getObject() instanceof SimulatorControl simulator) {
            simulator.simulate();
        }
    }
}
