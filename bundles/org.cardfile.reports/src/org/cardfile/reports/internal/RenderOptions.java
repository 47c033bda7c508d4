package org.cardfile.reports.internal;

import java.io.OutputStream;

import org.cardfile.core.reports.ReportFormat;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

/** How each of Cardfile's formats is rendered: the BIRT emitter it names, and the options it needs. */
final class RenderOptions {
    /** The spudsoft emitter writes real .xlsx workbooks (BIRT's own Excel emitter writes XML spreadsheets). */
    static final String XLSX_EMITTER = "uk.co.spudsoft.birt.emitters.excel.XlsxEmitter";

    private RenderOptions() {
    }

    static IRenderOption of(ReportFormat format, OutputStream out) {
        IRenderOption option = switch (format) {
        case HTML -> html();
        case PDF -> pdf();
        case XLSX -> xlsx();
        };
        option.setOutputStream(out);
        return option;
    }

    /** One page of a report document, for the workbench's viewer: BIRT pages it by the layout's master page. */
    static IRenderOption htmlPage(OutputStream out) {
        HTMLRenderOption html = (HTMLRenderOption) html();
        html.setHtmlPagination(true);
        html.setOutputStream(out);
        return html;
    }

    private static IRenderOption html() {
        HTMLRenderOption html = new HTMLRenderOption();
        html.setOutputFormat(IRenderOption.OUTPUT_FORMAT_HTML);
        html.setEmbeddable(false);
        html.setImageHandler(new InlineImageHandler());
        // charts as pictures: the browser widget and a mailed file show PNG everywhere, SVG not always
        html.setSupportedImageFormats("PNG;GIF;JPG;BMP");
        html.setHtmlPagination(false);
        return html;
    }

    private static IRenderOption pdf() {
        PDFRenderOption pdf = new PDFRenderOption();
        pdf.setOutputFormat(IRenderOption.OUTPUT_FORMAT_PDF);
        pdf.setSupportedImageFormats("PNG;GIF;JPG;BMP");
        pdf.setOption(PDFRenderOption.PAGE_OVERFLOW, PDFRenderOption.FIT_TO_PAGE_SIZE);
        return pdf;
    }

    private static IRenderOption xlsx() {
        RenderOption xlsx = new RenderOption();
        xlsx.setOutputFormat("xlsx");
        xlsx.setEmitterID(XLSX_EMITTER);
        return xlsx;
    }
}
