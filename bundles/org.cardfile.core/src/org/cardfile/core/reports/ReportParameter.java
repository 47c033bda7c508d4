package org.cardfile.core.reports;

import java.util.List;

/**
 * A value a report asks for before it runs. {@code defaultValue} is in the parameter's text form
 * (dates as {@code yyyy-MM-dd}), empty when there is none; {@code choices} is empty unless the
 * layout offers a list (static, or filled from the database for the signed-in user's office).
 */
public record ReportParameter(String name, String label, ParameterType type, boolean required, String defaultValue,
        List<ParameterChoice> choices, String help) {

    public ReportParameter {
        choices = List.copyOf(choices);
    }
}
