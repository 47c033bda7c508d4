package org.cardfile.reports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cardfile.core.reports.ParameterChoice;
import org.cardfile.core.reports.ReportException;
import org.cardfile.core.reports.ReportParameter;
import org.eclipse.birt.report.engine.api.IGetParameterDefinitionTask;
import org.eclipse.birt.report.engine.api.IParameterGroupDefn;
import org.eclipse.birt.report.engine.api.IParameterSelectionChoice;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;

/**
 * A layout's parameters as a user fills them in: the form's fields (Cardfile's own parameters left
 * out), and the typed values for a run from what was typed, with defaults for what was not and a clear
 * message for a missing, unknown or mistyped value.
 */
final class LayoutParameters {
    private final String reportId;
    private final List<IScalarParameterDefn> definitions = new ArrayList<>();
    private final IGetParameterDefinitionTask task;

    /** {@code task} must have its app context set when {@code withChoices} lists are filled from the database. */
    LayoutParameters(String reportId, IGetParameterDefinitionTask task) {
        this.reportId = reportId;
        this.task = task;
        collect(task.getParameterDefns(false));
    }

    private void collect(Collection<?> defns) {
        for (Object defn : defns) {
            if (defn instanceof IParameterGroupDefn group) {
                collect(group.getContents());
            } else if (defn instanceof IScalarParameterDefn scalar) {
                definitions.add(scalar);
            }
        }
    }

    /** The form's fields; lists filled from the database only when {@code withDatabaseChoices}. */
    List<ReportParameter> fields(boolean withDatabaseChoices) {
        List<ReportParameter> fields = new ArrayList<>();
        for (IScalarParameterDefn d : definitions) {
            if (CardfileParameters.reserved(d.getName()) || d.isHidden()) {
                continue;
            }
            List<ParameterChoice> choices = new ArrayList<>();
            boolean listed = d.getSelectionListType() == IScalarParameterDefn.SELECTION_LIST_STATIC
                    || d.getSelectionListType() == IScalarParameterDefn.SELECTION_LIST_DYNAMIC && withDatabaseChoices;
            if (listed) {
                Collection<?> list = task.getSelectionList(d.getName());
                for (Object o : list == null ? List.of() : list) {
                    IParameterSelectionChoice c = (IParameterSelectionChoice) o;
                    String value = ParameterTypes.text(c.getValue());
                    String label = c.getLabel() == null || c.getLabel().isBlank() ? value : c.getLabel();
                    choices.add(new ParameterChoice(value, label));
                }
            }
            fields.add(new ReportParameter(d.getName(), label(d), ParameterTypes.of(d.getDataType()), d.isRequired(),
                    ParameterTypes.text(task.getDefaultValue(d)), choices, nonNull(d.getHelpText())));
        }
        return fields;
    }

    /** The values to run with: typed, defaulted, and Cardfile's own from {@code cardfile}. */
    Map<String, Object> values(Map<String, String> typed, Map<String, Object> cardfile) {
        TreeSet<String> unknown = new TreeSet<>(typed.keySet());
        Map<String, Object> values = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (IScalarParameterDefn d : definitions) {
            String name = d.getName();
            unknown.remove(name);
            if (CardfileParameters.reserved(name)) {
                values.put(name, cardfile.get(name));
                continue;
            }
            names.add(name);
            String text = typed.get(name);
            Object value = text == null || text.isBlank() ? task.getDefaultValue(d)
                    : ParameterTypes.parse(reportId, label(d), d.getDataType(), text);
            if (value == null && d.isRequired()) {
                throw new ReportException("The report " + reportId + " needs a value for " + label(d) + " (" + name + ").");
            }
            values.put(name, value);
        }
        if (!unknown.isEmpty()) {
            throw new ReportException("The report " + reportId + " has no parameter " + String.join(", ", unknown)
                    + (names.isEmpty() ? "; it takes none." : "; it takes " + String.join(", ", names) + "."));
        }
        return values;
    }

    private static String label(IScalarParameterDefn d) {
        String prompt = d.getPromptText();
        return prompt == null || prompt.isBlank() ? d.getName() : prompt;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
