package org.cardfile.ui.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.reports.ReportCancelledException;
import org.cardfile.core.reports.ReportDocument;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportFormat;
import org.cardfile.core.reports.ReportInfo;
import org.cardfile.core.reports.Reports;
import org.cardfile.core.security.Permission;
import org.cardfile.core.security.Session;
import org.cardfile.ui.internal.Ids;
import org.cardfile.ui.internal.Problems;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Reports in the workbench: the reports the user may run by category, the chosen one's parameter
 * form, Run as a job that can be stopped, the result page by page, Export PDF, Export Excel and Print
 * from the same run; admins add and remove layouts. Layouts dropped into the reports folder appear in
 * the list while the part is open.
 */
public class ReportsPart {
    /** Larger layouts are refused before they are read; the engine refuses them too. */
    static final long MAX_LAYOUT_BYTES = 5L * 1024 * 1024;

    @Inject
    private Reports reports;
    @Inject
    private Session session;
    @Inject
    private IEclipseContext context;

    private Composite root;
    private ReportList list;
    private Label title;
    private Label description;
    private ParameterForm form;
    private Button run;
    private Button exportPdf;
    private Button exportExcel;
    private Button print;
    private Button remove;
    private Label message;
    private BackgroundRun background;
    private ReportViewer viewer;
    private final Runnable layoutsChanged = this::layoutsChanged;

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        list = new ReportList(left, this::selected);
        boolean admin = session.may(Permission.MANAGE_REPORTS);
        Button add = button(left, "Add layout...", "reports.addLayout", this::addLayout);
        add.setEnabled(admin);
        add.setToolTipText(admin ? "Add a BIRT layout (.rptdesign) for everyone in the office" : "Admins add layouts");
        remove = button(left, "Remove layout", "reports.removeLayout", this::removeLayout);

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        title = Ids.tag(new Label(right, SWT.NONE), "reports.title");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        description = Ids.tag(new Label(right, SWT.WRAP), "reports.description");
        description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        form = new ParameterForm(right);

        Composite buttons = new Composite(right, SWT.NONE);
        buttons.setLayout(new GridLayout(4, false));
        run = button(buttons, "Run", "reports.run", this::runReport);
        exportPdf = button(buttons, "Export PDF...", "reports.exportPdf", () -> export(ReportFormat.PDF));
        exportExcel = button(buttons, "Export Excel...", "reports.exportExcel", () -> export(ReportFormat.XLSX));
        print = button(buttons, "Print...", "reports.print", this::print);
        message = Ids.tag(new Label(right, SWT.WRAP), "reports.message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        background = new BackgroundRun(right);
        viewer = new ReportViewer(right);
        sash.setWeights(30, 70);

        reports.addListener(layoutsChanged);
        reload();
        selected(Optional.empty());
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button b = Ids.tag(new Button(parent, SWT.PUSH), id);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void layoutsChanged() {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    reload();
                }
            });
        }
    }

    private void reload() {
        try {
            list.show(reports.list(session));
        } catch (RuntimeException e) {
            problem(describe("list the reports", e));
        }
        enableButtons();
    }

    private void selected(Optional<ReportInfo> chosen) {
        problem("");
        if (chosen.isEmpty()) {
            title.setText("Reports");
            description.setText(list.reports().isEmpty() ? "No reports are installed for you." : "Choose a report on the left.");
            form.show(null, List.of());
        } else {
            ReportInfo report = chosen.get();
            title.setText(report.title());
            description.setText(report.description() + "\nFrom " + report.origin() + ".");
            if (report.runnable()) {
                try {
                    form.show(report.id(), reports.describe(session, report.id()).parameters());
                } catch (RuntimeException e) {
                    form.show(report.id(), report.parameters());
                    problem(describe("read the report's parameters", e));
                }
            } else {
                form.show(report.id(), List.of());
                problem("This layout cannot run: " + report.problem());
            }
        }
        enableButtons();
        root.layout(true, true);
    }

    private void runReport() {
        Optional<ReportInfo> chosen = list.selection().filter(ReportInfo::runnable);
        if (chosen.isEmpty() || background.busy()) {
            return;
        }
        Optional<Map<String, String>> values = form.values();
        if (values.isEmpty()) {
            problem("Some values need correcting; they are marked beside their fields.");
            return;
        }
        ReportInfo report = chosen.get();
        problem("");
        background.start("Running " + report.title(),
                progress -> reports.generate(session, report.id(), values.get(), progress), document -> {
                    viewer.show(document);
                    info(report.title() + ": " + document.pageCount() + " page(s).");
                    enableButtons();
                }, failure -> {
                    problem(failure instanceof ReportCancelledException ? "Stopped: nothing was shown."
                            : describe("run " + report.title(), failure));
                    enableButtons();
                });
        enableButtons();
    }

    private void export(ReportFormat format) {
        ReportDocument document = viewer.document();
        if (document == null || background.busy()) {
            return;
        }
        String name = document.report().id() + "." + format.extension();
        Optional<Path> target = choices().saveAs(shell(), "Export " + document.report().title(), name, format.extension());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        background.start("Exporting " + document.report().title() + " to " + file.getFileName(), progress -> {
            write(file, out -> document.export(format, out, progress));
            return file;
        }, saved -> {
            info("Saved " + document.report().title() + " to " + saved + ".");
            enableButtons();
        }, failure -> {
            problem(failure instanceof ReportCancelledException ? "Export stopped: " + file + " was not written."
                    : describe("export " + document.report().title(), failure));
            enableButtons();
        });
        enableButtons();
    }

    /** The whole document is rendered in the background (on a server, perhaps), then the print dialog opens. */
    private void print() {
        ReportDocument document = viewer.document();
        if (document == null || background.busy()) {
            return;
        }
        background.start("Preparing " + document.report().title() + " to print", progress -> {
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            document.export(ReportFormat.HTML, html, progress);
            return html.toString(StandardCharsets.UTF_8);
        }, html -> {
            viewer.print(document, html);
            enableButtons();
        }, failure -> {
            problem(failure instanceof ReportCancelledException ? "Printing stopped."
                    : describe("print " + document.report().title(), failure));
            enableButtons();
        });
        enableButtons();
    }

    /** Writes beside the target and moves it into place, so a stopped or failed export leaves no half file. */
    private static void write(Path file, java.util.function.Consumer<OutputStream> content) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    content.accept(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private void addLayout() {
        Optional<Path> chosen = choices().open(shell(), "Add a report layout", "rptdesign");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        try {
            if (Files.size(file) > MAX_LAYOUT_BYTES) {
                problem(file.getFileName() + " is larger than " + MAX_LAYOUT_BYTES / 1024 / 1024
                        + " MB; a report layout is far smaller. Nothing was added.");
                return;
            }
            ReportInfo added = reports.addLayout(session, file.getFileName().toString(), Files.readAllBytes(file));
            reload();
            list.select(added.id());
            selected(list.selection());
            info("Added " + added.title() + "; everyone in the office can run it now.");
        } catch (IOException e) {
            problem("Could not read " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            problem(describe("add " + file.getFileName(), e));
        }
    }

    private void removeLayout() {
        Optional<ReportInfo> chosen = list.selection().filter(ReportInfo::removable);
        if (chosen.isEmpty() || !choices().confirm(shell(), "Remove layout",
                "Remove the report \"" + chosen.get().title() + "\" for everyone in the office?")) {
            return;
        }
        try {
            reports.removeLayout(session, chosen.get().id());
            reload();
            info("Removed " + chosen.get().title() + ".");
        } catch (RuntimeException e) {
            problem(describe("remove " + chosen.get().title(), e));
        }
    }

    private void enableButtons() {
        boolean idle = !background.busy();
        Optional<ReportInfo> chosen = list.selection();
        boolean shown = viewer.document() != null;
        run.setEnabled(idle && chosen.map(ReportInfo::runnable).orElse(false));
        exportPdf.setEnabled(idle && shown);
        exportExcel.setEnabled(idle && shown);
        print.setEnabled(idle && shown);
        remove.setEnabled(idle && session.may(Permission.MANAGE_REPORTS) && chosen.map(ReportInfo::removable).orElse(false));
    }

    private UserChoices choices() {
        UserChoices answerer = context.get(UserChoices.class);
        return answerer != null ? answerer : new DesktopDialogs();
    }

    private Shell shell() {
        return root.getShell();
    }

    private static String describe(String doing, RuntimeException e) {
        // a report's own failures already say which report, data set and database message
        return e instanceof ReportException || e instanceof UncheckedIOException ? e.getMessage() : Problems.describe(doing, e);
    }

    private void problem(String text) {
        message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(text);
        message.getParent().layout(true);
    }

    private void info(String text) {
        message.setForeground(null);
        message.setText(text);
        message.getParent().layout(true);
    }

    @PreDestroy
    public void dispose() {
        reports.removeListener(layoutsChanged);
        background.cancel();
        viewer.dispose();
    }
}
