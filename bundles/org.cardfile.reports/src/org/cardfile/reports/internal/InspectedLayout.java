package org.cardfile.reports.internal;

import java.util.Set;

import org.cardfile.core.reports.ReportLayout;
import org.cardfile.core.security.Permission;
import org.eclipse.birt.report.engine.api.IReportRunnable;

/**
 * A layout as read and checked: what the list shows, and the opened design a run starts from.
 * {@code runnable} is null when {@code problem} says why the layout cannot run.
 */
record InspectedLayout(ReportLayout layout, IReportRunnable runnable, String title, String category,
        String description, Set<Permission> requires, String problem) {

    static final String DEFAULT_CATEGORY = "Other";

    InspectedLayout {
        requires = Set.copyOf(requires);
    }

    static InspectedLayout broken(ReportLayout layout, String problem) {
        return new InspectedLayout(layout, null, layout.id(), DEFAULT_CATEGORY, "", Set.of(), problem);
    }

    InspectedLayout withProblem(String another) {
        return new InspectedLayout(layout, null, title, category, description, requires,
                problem.isEmpty() ? another : problem + "; " + another);
    }

    boolean runnableNow() {
        return problem.isEmpty();
    }
}
