package org.cardfile.ui.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.cardfile.core.reports.ReportInfo;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The reports the user may run, under their categories. A broken layout is listed with "(broken)"
 * after its title, so a designer finds their mistake in the list rather than a missing entry.
 */
final class ReportList {
    static final String BROKEN = " (broken)";

    private final Tree tree;
    private final Consumer<Optional<ReportInfo>> selected;
    private List<ReportInfo> reports = List.of();
    /**
     * The report the listener last heard of. GTK reports the items a rebuild removes as selection
     * changes, some of them later, from its idle loop; only a real change of report is passed on.
     */
    private String told;

    ReportList(Composite parent, Consumer<Optional<ReportInfo>> selected) {
        tree = Ids.tag(new Tree(parent, SWT.BORDER | SWT.SINGLE), "reports.list");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 240;
        tree.setLayoutData(data);
        this.selected = selected;
        tree.addListener(SWT.Selection, e -> tell());
    }

    /**
     * Shows {@code shown}, keeping the selected report selected when it is still there; when it is gone,
     * the listener hears that nothing is selected.
     */
    void show(List<ReportInfo> shown) {
        String keep = selection().map(ReportInfo::id).orElse(null);
        reports = List.copyOf(shown);
        tree.setRedraw(false);
        try {
            tree.removeAll();
            Map<String, TreeItem> categories = new LinkedHashMap<>();
            for (ReportInfo report : reports) {
                TreeItem category = categories.computeIfAbsent(report.category(), name -> {
                    TreeItem item = new TreeItem(tree, SWT.NONE);
                    item.setText(name);
                    return item;
                });
                TreeItem item = new TreeItem(category, SWT.NONE);
                item.setText(report.title() + (report.runnable() ? "" : BROKEN));
                item.setData(report);
                category.setExpanded(true);
                if (report.id().equals(keep)) {
                    tree.setSelection(item);
                }
            }
        } finally {
            tree.setRedraw(true);
        }
        tell();
    }

    private void tell() {
        Optional<ReportInfo> now = selection();
        String id = now.map(ReportInfo::id).orElse(null);
        if (!java.util.Objects.equals(id, told)) {
            told = id;
            selected.accept(now);
        }
    }

    Optional<ReportInfo> selection() {
        TreeItem[] items = tree.getSelection();
        return items.length == 1 && items[0].getData() instanceof ReportInfo report ? Optional.of(report) : Optional.empty();
    }

    /** Selects the report {@code id} without telling the listener; false when it is not listed. */
    boolean select(String id) {
        for (TreeItem category : tree.getItems()) {
            for (TreeItem item : category.getItems()) {
                if (item.getData() instanceof ReportInfo report && report.id().equals(id)) {
                    tree.setSelection(item);
                    told = id; // the caller shows it
                    return true;
                }
            }
        }
        return false;
    }

    Tree control() {
        return tree;
    }

    List<ReportInfo> reports() {
        return reports;
    }
}
