package org.cardfile.ui.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps a picture of the screen when a UI test fails, under {@code target/screenshots}, because the
 * assertion message alone rarely says what the user would have seen.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Display display = Display.getCurrent();
        if (display == null) {
            return; // not on the UI thread: nothing on screen can be read safely from here
        }
        Path file = Path.of("target", "screenshots",
                context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                        + ".png");
        try {
            new Screenshots(display).ofDisplay(file);
            System.err.println("Screenshot of the failed test: " + file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        testFailed(context, cause);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        // nothing to record
    }
}
