package org.cardfile.ui.internal.capabilities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cardfile.ui.cards.CardEditor;
import org.cardfile.ui.internal.EditorOpener;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.emf.ecore.EObject;

/**
 * Hides and shows what switched-off capabilities contributed to the application model: menu and
 * tool items become invisible, parts and tool controls are no longer rendered, key bindings leave
 * their table (kept here to be put back), commands stop offering themselves as card actions and
 * part descriptors stop offering themselves as the editor of a record type (so a call opens no
 * card while cards are off).
 * An element belongs to a bundle when its id starts with the bundle's id and a dot.
 */
final class HiddenContributions {
    private record TakenBinding(MKeyBinding binding, MBindingTable table) {
    }

    private final List<TakenBinding> takenBindings = new ArrayList<>();
    private final Set<MCommand> untaggedCommands = new HashSet<>();
    private final Set<MUIElement> unrendered = new HashSet<>();
    private final Map<MPartDescriptor, List<String>> editorTags = new HashMap<>();

    /** Makes the model show exactly what the bundles not in {@code hiddenBundles} contributed. */
    void apply(MApplication application, Set<String> hiddenBundles) {
        List<MApplicationElement> elements = new ArrayList<>();
        for (Iterator<EObject> it = ((EObject) application).eAllContents(); it.hasNext();) {
            if (it.next() instanceof MApplicationElement e && e.getElementId() != null) {
                elements.add(e);
            }
        }
        for (MApplicationElement element : elements) {
            boolean hide = belongs(element.getElementId(), hiddenBundles);
            switch (element) {
                case MKeyBinding binding when hide -> take(binding);
                case MCommand command -> tagAsCardAction(command, !hide);
                case MPartDescriptor descriptor -> offerAsEditor(descriptor, !hide);
                case MMenuElement item -> item.setVisible(!hide);
                case MToolItem item -> item.setVisible(!hide);
                case MUIElement ui -> render(ui, !hide);
                default -> {
                    // handlers stay: without their menu items and key bindings nothing reaches them
                }
            }
        }
        for (Iterator<TakenBinding> it = takenBindings.iterator(); it.hasNext();) {
            TakenBinding taken = it.next();
            if (!belongs(taken.binding().getElementId(), hiddenBundles)) {
                taken.table().getBindings().add(taken.binding());
                it.remove();
            }
        }
        for (Iterator<MCommand> it = untaggedCommands.iterator(); it.hasNext();) {
            MCommand command = it.next();
            if (!belongs(command.getElementId(), hiddenBundles)) {
                command.getTags().add(CardEditor.ACTION_TAG);
                it.remove();
            }
        }
    }

    /** Only what this class stopped rendering is rendered again; a part the user closed stays closed. */
    private void render(MUIElement ui, boolean shown) {
        if (!shown && ui instanceof MDirtyable editor && editor.isDirty()) {
            // unrendering disposes the editor and the rep's unsaved typing with it; it stays until saved
            // or closed, and goes at the next switch
            return;
        }
        if (!shown && ui.isToBeRendered()) {
            ui.setToBeRendered(false);
            unrendered.add(ui);
        } else if (shown && unrendered.remove(ui)) {
            ui.setToBeRendered(true);
        }
    }

    private void offerAsEditor(MPartDescriptor descriptor, boolean shown) {
        if (!shown) {
            List<String> tags = descriptor.getTags().stream().filter(t -> t.startsWith(EditorOpener.EDITOR_FOR_TAG))
                    .toList();
            if (!tags.isEmpty()) {
                descriptor.getTags().removeAll(tags);
                editorTags.put(descriptor, tags);
            }
        } else {
            List<String> tags = editorTags.remove(descriptor);
            if (tags != null) {
                descriptor.getTags().addAll(tags);
            }
        }
    }

    private void take(MKeyBinding binding) {
        if (((EObject) binding).eContainer() instanceof MBindingTable table) {
            table.getBindings().remove(binding);
            takenBindings.add(new TakenBinding(binding, table));
        }
    }

    private void tagAsCardAction(MCommand command, boolean shown) {
        if (!shown && command.getTags().remove(CardEditor.ACTION_TAG)) {
            untaggedCommands.add(command);
        }
    }

    static boolean belongs(String elementId, Set<String> bundles) {
        for (String bundle : bundles) {
            if (elementId.startsWith(bundle + ".")) {
                return true;
            }
        }
        return false;
    }
}
