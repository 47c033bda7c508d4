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
    private List<ReportInfo> reports = List.of();

    ReportList(Composite parent, Consumer<Optional<ReportInfo>> selected) {
        tree = Ids.tag(new Tree(parent, SWT.BORDER | SWT.SINGLE), "reports.list");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 240;
        tree.setLayoutData(data);
        tree.addListener(SWT.Selection, e -> selected.accept(selection()));
    }

    /** Shows {@code shown}, keeping the selected report selected when it is still there. */
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
    }

    Optional<ReportInfo> selection() {
        TreeItem[] items = tree.getSelection();
        return items.length == 1 && items[0].getData() instanceof ReportInfo report ? Optional.of(report) : Optional.empty();
    }

    /** Selects the report {@code id}; false when it is not listed. */
    boolean select(String id) {
        for (TreeItem category : tree.getItems()) {
            for (TreeItem item : category.getItems()) {
                if (item.getData() instanceof ReportInfo report && report.id().equals(id)) {
                    tree.setSelection(item);
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
