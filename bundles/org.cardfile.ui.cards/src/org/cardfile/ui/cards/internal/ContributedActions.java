package org.cardfile.ui.cards.internal;

import java.util.ArrayList;
import java.util.List;

import org.cardfile.ui.internal.widgets.Buttons;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * Buttons for the commands installed capabilities contribute with a tag (card actions, reminder
 * actions): one per command, named and described by it, enabled while its handler can run. The
 * editor knows no capability by name.
 */
final class ContributedActions {
    private record Action(Button button, ParameterizedCommand command) {
    }

    private final MApplication application;
    private final ECommandService commands;
    private final EHandlerService handlers;
    private final List<Action> made = new ArrayList<>();

    ContributedActions(MApplication application, ECommandService commands, EHandlerService handlers) {
        this.application = application;
        this.commands = commands;
        this.handlers = handlers;
    }

    /** A button per command tagged {@code tag}, added to {@code parent}. */
    void addTo(Composite parent, String tag) {
        for (MCommand command : application.getCommands()) {
            if (command.getTags().contains(tag)) {
                ParameterizedCommand run = commands.createCommand(command.getElementId(), null);
                if (run != null) {
                    Button b = Buttons.push(parent, command.getElementId(), command.getCommandName(),
                            command.getDescription(), () -> {
                                handlers.executeHandler(run);
                                refresh();
                            });
                    made.add(new Action(b, run));
                }
            }
        }
        refresh();
    }

    /** Enables each button whose handler can run now (after a selection changed, say). */
    void refresh() {
        for (Action a : made) {
            if (!a.button().isDisposed()) {
                a.button().setEnabled(handlers.canExecute(a.command()));
            }
        }
    }
}
