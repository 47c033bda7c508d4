package org.cardfile.core.reports;

import java.net.URI;

/**
 * A BIRT layout ({@code .rptdesign}) a {@link ReportLayoutSource} offers: its report id (the file
 * name without extension), where it can be read, and where it came from, for the user to see.
 */
public record ReportLayout(String id, URI location, String origin) {
}
