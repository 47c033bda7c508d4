package org.cardfile.ui.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives real SWT widgets the way a person does: it finds them by their stable {@code "id"} data,
 * types by posting key events to the focused control and clicks by posting mouse events at the
 * control's centre. Must be called on the UI thread; every wait keeps the event loop running so
 * the application under test stays alive.
 */
public final class UiRobot {
    /** The data key the application sets on every widget a test or a person refers to. */
    public static final String ID = "id";

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private final Display display;
    private final Duration timeout;
    private final WidgetTree tree = new WidgetTree();

    public UiRobot(Display display, Duration timeout) {
        this.display = display;
        this.timeout = timeout;
    }

    public Display display() {
        return display;
    }

    /** Waits until a visible widget with this id exists in any open shell and returns it. */
    public <T extends Widget> T find(String id, Class<T> type) {
        return waitFor("a visible " + type.getSimpleName() + " with id '" + id + "'",
                () -> tree.findVisible(List.of(display.getShells()), id, type));
    }

    /** Waits until a visible widget with this id exists below {@code root}. */
    public <T extends Widget> T findIn(Control root, String id, Class<T> type) {
        return waitFor("a visible " + type.getSimpleName() + " with id '" + id + "' in " + root,
                () -> tree.findVisible(List.of(root), id, type));
    }

    /** True when a visible widget with this id exists right now. */
    public boolean isShowing(String id) {
        return tree.findVisible(List.of(display.getShells()), id, Widget.class) != null;
    }

    /** Posts a left click at the centre of the control, as the mouse would. */
    public void click(Control control) {
        Point size = control.getSize();
        clickAt(control, size.x / 2, size.y / 2);
    }

    /**
     * Posts a left click at a point of the control, for what is drawn inside one control, such as
     * the tabs of a tab folder.
     */
    public void clickAt(Control control, int x, int y) {
        waitUntil(control + " to be enabled", () -> !control.isDisposed() && control.isEnabled());
        activate(control.getShell());
        Point centre = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = centre.x;
        move.y = centre.y;
        post(move);
        spin();
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            post(button);
            spin();
        }
    }

    /**
     * Focuses the text field, selects what it holds and types over it key by key, then checks the
     * field shows exactly what was typed (a dropped key event would otherwise pass unnoticed).
     */
    public void typeInto(Text text, String value) {
        focus(text);
        text.selectAll();
        type(value);
        try {
            waitUntil("'" + value + "' to show in " + describe(text), () -> value.equals(text.getText()));
        } catch (AssertionError e) {
            // what the field ended with and where the keys went are what tells a dropped key from a stolen focus
            throw new AssertionError(e.getMessage() + "; the field shows '" + text.getText() + "', the focus is on "
                    + describe(display.getFocusControl()), e);
        }
    }

    /** Types characters into whatever control has the keyboard focus. */
    public void type(String value) {
        for (char ch : value.toCharArray()) {
            boolean shift = Character.isUpperCase(ch) || SHIFTED.indexOf(ch) >= 0;
            if (shift) {
                postKey(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            postKey(SWT.KeyDown, 0, ch);
            postKey(SWT.KeyUp, 0, ch);
            if (shift) {
                postKey(SWT.KeyUp, SWT.SHIFT, '\0');
            }
            spin();
        }
    }

    /** Presses and releases a key ({@code SWT.CR}, {@code SWT.F5}, …) with optional modifiers held. */
    public void press(int keyCode, int... modifiers) {
        for (int modifier : modifiers) {
            postKey(SWT.KeyDown, modifier, '\0');
        }
        if (keyCode == SWT.CR) {
            postKey(SWT.KeyDown, 0, '\r');
            postKey(SWT.KeyUp, 0, '\r');
        } else if (keyCode < 0x10000 && Character.isLetterOrDigit(keyCode)) {
            postKey(SWT.KeyDown, 0, (char) keyCode);
            postKey(SWT.KeyUp, 0, (char) keyCode);
        } else {
            postKey(SWT.KeyDown, keyCode, '\0');
            postKey(SWT.KeyUp, keyCode, '\0');
        }
        for (int i = modifiers.length - 1; i >= 0; i--) {
            postKey(SWT.KeyUp, modifiers[i], '\0');
        }
        spin();
    }

    public void focus(Control control) {
        activate(control.getShell());
        waitUntil(describe(control) + " to take the focus", () -> control.setFocus() && control.isFocusControl());
    }

    /** Keeps the event loop running until the condition holds, or fails saying what did not happen. */
    public void waitUntil(String what, BooleanSupplier condition) {
        waitFor(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** Keeps the event loop running until the supplier returns non-null. */
    public <T> T waitFor(String what, Supplier<T> supplier) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = supplier.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what
                        + "; visible ids: " + tree.visibleIds(display.getShells()));
            }
            if (!display.readAndDispatch()) {
                sleepBriefly();
            }
        }
    }

    /** Processes every pending event, and lets posted events arrive from the X server. */
    public void spin() {
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // keep dispatching until the queue is empty
            }
            sleepBriefly();
        }
    }

    public List<Shell> visibleShells() {
        List<Shell> shells = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                shells.add(shell);
            }
        }
        return shells;
    }

    private void activate(Shell shell) {
        if (display.getActiveShell() != shell) {
            shell.forceActive();
            spin();
        }
    }

    private void postKey(int type, int keyCode, char character) {
        Event key = new Event();
        key.type = type;
        key.keyCode = keyCode;
        key.character = character;
        post(key);
    }

    private void post(Event event) {
        if (!display.post(event)) {
            throw new IllegalStateException("The display refused a posted " + event
                    + "; is the X server missing the XTEST extension?");
        }
    }

    private static String describe(Control control) {
        if (control == null) {
            return "no control";
        }
        Object id = control.getData(ID);
        return id == null ? control.toString() : "'" + id + "'";
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the UI", e);
        }
    }
}
