package org.cardfile.reports.internal;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cardfile.core.reports.ReportLayout;
import org.cardfile.core.security.Permission;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.model.api.DesignElementHandle;

/**
 * Opens one layout with BIRT and reads what Cardfile needs from it: its title and description, and the
 * user properties {@code cardfile.category} (where the Reports part lists it) and
 * {@code cardfile.requires} (permissions, comma-separated, a user needs beyond running reports). A
 * layout that fails {@link LayoutSafety} or does not open is described with its problem.
 */
final class LayoutInspector {
    static final String CATEGORY_PROPERTY = "cardfile.category";
    static final String REQUIRES_PROPERTY = "cardfile.requires";

    private final IReportEngine engine;

    LayoutInspector(IReportEngine engine) {
        this.engine = engine;
    }

    InspectedLayout inspect(ReportLayout layout, byte[] content) {
        List<String> problems = LayoutSafety.problems(content);
        IReportRunnable runnable;
        try {
            runnable = engine.openReportDesign(layout.id(), new ByteArrayInputStream(content));
        } catch (EngineException | RuntimeException e) {
            String why = problems.isEmpty() ? "BIRT cannot open it: " + Messages.chain(e) : String.join("; ", problems);
            return InspectedLayout.broken(layout, why);
        }
        DesignElementHandle design = runnable.getDesignHandle();
        String title = orElse(design.getStringProperty("title"), layout.id());
        String description = orElse(design.getStringProperty("description"), "");
        String category = orElse(design.getStringProperty(CATEGORY_PROPERTY), InspectedLayout.DEFAULT_CATEGORY);
        Set<Permission> requires = EnumSet.noneOf(Permission.class);
        for (String name : orElse(design.getStringProperty(REQUIRES_PROPERTY), "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                requires.add(Permission.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems = append(problems, REQUIRES_PROPERTY + " names " + name.trim()
                        + ", which is not a Cardfile permission");
            }
        }
        InspectedLayout inspected = new InspectedLayout(layout, runnable, title, category, description, requires, "");
        return problems.isEmpty() ? inspected : inspected.withProblem(String.join("; ", problems));
    }

    private static List<String> append(List<String> problems, String another) {
        List<String> all = new java.util.ArrayList<>(problems);
        all.add(another);
        return all;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
