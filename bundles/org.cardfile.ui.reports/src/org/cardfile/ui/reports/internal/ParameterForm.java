package org.cardfile.ui.reports.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardfile.core.reports.ReportParameter;
import org.cardfile.ui.internal.widgets.MessageLine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The form a report's parameters are filled in on, built from the layout's parameter definitions.
 * What the user typed for a report is kept while the part is open, so going to another report and back,
 * or a refused run, never loses it.
 */
final class ParameterForm {
    private final Composite area;
    private final Map<String, ParameterInput> inputs = new LinkedHashMap<>();
    private final Map<String, Label> problems = new HashMap<>();
    private final Map<String, Map<String, String>> typedPerReport = new HashMap<>();
    private String reportId;

    ParameterForm(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    Control control() {
        return area;
    }

    /** Shows the parameters of {@code report}, with what was typed for it before or else its defaults. */
    void show(String report, List<ReportParameter> parameters) {
        remember();
        reportId = report;
        for (Control c : area.getChildren()) {
            c.dispose();
        }
        inputs.clear();
        problems.clear();
        Map<String, String> typed = typedPerReport.getOrDefault(report, Map.of());
        for (ReportParameter p : parameters) {
            Label label = new Label(area, SWT.NONE);
            label.setText(p.label() + (p.required() ? " *" : ""));
            inputs.put(p.name(), ParameterInput.create(area, p, typed.getOrDefault(p.name(), p.defaultValue())));
            problems.put(p.name(), MessageLine.problemLine(area, "reports.problem." + p.name(), 2));
        }
        if (report != null && parameters.isEmpty()) {
            Label none = new Label(area, SWT.NONE);
            none.setText("This report asks for nothing before it runs.");
        }
        area.getParent().layout(true, true);
    }

    /**
     * The values to run with, or empty when one is not acceptable; then each problem is shown beside its
     * field and every value stays as typed.
     */
    Optional<Map<String, String>> values() {
        remember();
        Map<String, String> values = new LinkedHashMap<>();
        boolean acceptable = true;
        for (ParameterInput input : inputs.values()) {
            String problem = input.problem();
            MessageLine.show(problems.get(input.parameter.name()), problem);
            acceptable &= problem.isEmpty();
            if (!input.value().isEmpty()) {
                values.put(input.parameter.name(), input.value());
            }
        }
        return acceptable ? Optional.of(values) : Optional.empty();
    }

    private void remember() {
        if (reportId != null && !area.isDisposed()) {
            Map<String, String> typed = new HashMap<>();
            inputs.forEach((name, input) -> typed.put(name, input.value()));
            typedPerReport.put(reportId, typed);
        }
    }
}
