package org.cardfile.reports.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts a report's images (charts, logos) into the HTML itself as data URIs, so the page is one
 * self-contained stream: the workbench's browser widget, a saved file and a page streamed from the
 * server all show it the same, with no image folder to serve or clean up.
 */
final class InlineImageHandler extends HTMLImageHandler {

    @Override
    public String onDesignImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onDocImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onCustomImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onFileImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onURLImage(IImage image, IReportContext context) {
        // a layout that links an image from the web keeps the link; the page fetches it when shown
        return image.getID();
    }

    private static String inline(IImage image) {
        byte[] data = image.getImageData();
        if (data == null) {
            return null;
        }
        String type = image.getMimeType() == null || image.getMimeType().isBlank() ? "image/png" : image.getMimeType();
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data);
    }
}
