package org.cardfile.core.reports;

import java.util.Map;

/** Which report to run, with the parameters in their text form (as {@link ReportParameter} describes), to what format. */
public record ReportRequest(String reportId, Map<String, String> parameters, ReportFormat format) {

    public ReportRequest {
        parameters = Map.copyOf(parameters);
    }
}
