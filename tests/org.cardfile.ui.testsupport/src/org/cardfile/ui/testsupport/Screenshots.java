package org.cardfile.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what is on screen as PNG: the whole display, or one shell. */
public final class Screenshots {
    private final Display display;

    public Screenshots(Display display) {
        this.display = display;
    }

    public Path ofDisplay(Path file) throws IOException {
        return save(display.getBounds(), file);
    }

    public Path ofShell(Shell shell, Path file) throws IOException {
        return save(shell.getBounds(), file);
    }

    private Path save(Rectangle area, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
