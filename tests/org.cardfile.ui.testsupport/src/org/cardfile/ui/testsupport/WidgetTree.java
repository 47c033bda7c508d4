package org.cardfile.ui.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

/** Walks the control tree of shells looking for widgets by their {@code "id"} data. */
final class WidgetTree {

    <T extends Widget> T findVisible(Iterable<? extends Control> roots, String id, Class<T> type) {
        for (Control root : roots) {
            T found = findVisible(root, id, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    List<String> visibleIds(Control[] roots) {
        List<String> ids = new ArrayList<>();
        for (Control root : roots) {
            collectIds(root, ids);
        }
        return ids;
    }

    private <T extends Widget> T findVisible(Control control, String id, Class<T> type) {
        if (control.isDisposed() || !control.isVisible()) {
            return null;
        }
        if (id.equals(control.getData(UiRobot.ID)) && type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            return findVisible(Arrays.asList(composite.getChildren()), id, type);
        }
        return null;
    }

    private void collectIds(Control control, List<String> ids) {
        if (control.isDisposed() || !control.isVisible()) {
            return;
        }
        Object id = control.getData(UiRobot.ID);
        if (id != null) {
            ids.add(id.toString());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectIds(child, ids);
            }
        }
    }
}
