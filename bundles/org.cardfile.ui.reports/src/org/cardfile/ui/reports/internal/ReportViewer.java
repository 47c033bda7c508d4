package org.cardfile.ui.reports.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.cardfile.core.reports.ReportDocument;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A report document shown page by page in the workbench's browser widget, with the page buttons
 * under it. Pages are rendered from the document when asked for, so a thousand-page report costs one
 * page of memory on screen. Without WebKitGTK there is no browser: the viewer says what to install.
 */
final class ReportViewer {
    static final String WEBKIT_MISSING = "Reports are shown in a browser widget, which needs WebKitGTK"
            + " (Debian and Ubuntu: apt install libwebkit2gtk-4.1-0). Export PDF and Export Excel still work.";

    private final Composite area;
    private final Browser browser;
    private final Button previous;
    private final Button next;
    private final Label pageLabel;
    private ReportDocument document;
    private int page;

    ReportViewer(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        browser = browser(area);

        Composite paging = new Composite(area, SWT.NONE);
        paging.setLayout(new GridLayout(3, false));
        paging.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        previous = Ids.tag(new Button(paging, SWT.PUSH), "reports.previousPage");
        previous.setText("< Previous page");
        pageLabel = Ids.tag(new Label(paging, SWT.CENTER), "reports.page");
        pageLabel.setLayoutData(new GridData(140, SWT.DEFAULT));
        next = Ids.tag(new Button(paging, SWT.PUSH), "reports.nextPage");
        next.setText("Next page >");
        previous.addListener(SWT.Selection, e -> showPage(page - 1));
        next.addListener(SWT.Selection, e -> showPage(page + 1));
        show(null);
    }

    private static Browser browser(Composite parent) {
        try {
            Browser b = Ids.tag(new Browser(parent, SWT.NONE), "reports.browser");
            b.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            b.setJavascriptEnabled(true);
            return b;
        } catch (SWTError e) {
            System.getLogger(ReportViewer.class.getName()).log(System.Logger.Level.WARNING,
                    "No browser widget for reports: " + e.getMessage(), e);
            Label missing = Ids.tag(new Label(parent, SWT.WRAP), "reports.noBrowser");
            missing.setText(WEBKIT_MISSING);
            missing.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            return null;
        }
    }

    /** Shows the first page of {@code shown} (the viewer closes the one it showed before); null empties it. */
    void show(ReportDocument shown) {
        if (document != null && document != shown) {
            document.close();
        }
        document = shown;
        if (shown == null) {
            page = 0;
            setHtml("<html><body style='font-family:sans-serif;color:#555'><p>Choose a report, fill in what it asks"
                    + " for and press Run.</p></body></html>");
            updatePaging();
        } else {
            showPage(1);
        }
    }

    ReportDocument document() {
        return document;
    }

    void showPage(int wanted) {
        if (document == null || wanted < 1 || wanted > document.pageCount()) {
            return;
        }
        page = wanted;
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        document.renderPage(page, html);
        setHtml(html.toString(StandardCharsets.UTF_8));
        updatePaging();
    }

    /**
     * Prints the whole of {@code printed} (rendered as one HTML page beforehand, off the UI thread) from
     * the browser: the desktop's print dialog opens, which also offers printing to a file. The page
     * buttons bring back one page. Nothing happens when another document is shown by now.
     */
    void print(ReportDocument printed, String html) {
        if (document != printed || browser == null) {
            return;
        }
        browser.addProgressListener(new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                browser.removeProgressListener(this);
                browser.execute("window.print();");
            }
        });
        setHtml(html);
        pageLabel.setText("All " + document.pageCount() + " pages");
    }

    private void setHtml(String html) {
        if (browser != null) {
            browser.setText(html, true);
        }
    }

    private void updatePaging() {
        int pages = document == null ? 0 : document.pageCount();
        pageLabel.setText(pages == 0 ? "" : "Page " + page + " of " + pages);
        previous.setEnabled(page > 1);
        next.setEnabled(page < pages);
        pageLabel.getParent().layout(true);
    }

    /** Closes the document shown; the part calls this when it goes. */
    void dispose() {
        if (document != null) {
            document.close();
            document = null;
        }
    }
}
