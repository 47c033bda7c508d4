package org.cardfile.ui.internal.handlers;

import org.cardfile.core.calls.CallSimulator;
import org.cardfile.ui.internal.calls.IncomingCallsPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Plays the call chosen in the Incoming calls part through the simulator driver. */
public class SimulateCallHandler {
    private static final String PART = "org.cardfile.ui.part.calls";

    @CanExecute
    public boolean simulatorPresent(@Optional CallSimulator simulator, @Optional org.cardfile.core.security.Session session) {
        return simulator != null && session != null;
    }

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(PART, PartState.VISIBLE);
        if (part != null && part.getObject() instanceof IncomingCallsPart calls) {
            calls.simulate();
        }
    }
}
