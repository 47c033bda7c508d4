package org.cardfile.core.reports;

import java.util.List;

/**
 * A report the signed-in user may run, as its layout describes it. {@code origin} says where the
 * layout came from (a bundle, the drop-in folder). A layout that cannot be read is still listed, with
 * {@code problem} saying why, so a designer sees their mistake instead of a missing entry.
 * {@code removable} is true for a layout in the reports folder, which an admin may remove; shipped
 * layouts go with their feature.
 */
public record ReportInfo(String id, String title, String category, String description, List<ReportParameter> parameters,
        String origin, String problem, boolean removable) {

    public ReportInfo {
        parameters = List.copyOf(parameters);
    }

    public boolean runnable() {
        return problem.isEmpty();
    }
}
