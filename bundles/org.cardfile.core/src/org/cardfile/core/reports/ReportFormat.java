package org.cardfile.core.reports;

import java.util.Locale;
import java.util.Optional;

/** What a report is rendered to: HTML for the screen, PDF for print, XLSX for a spreadsheet. */
public enum ReportFormat {
    HTML("html", "text/html"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, without the dot; also the name the command line takes. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a user typed ("pdf", "PDF", "xlsx"), if it is one. */
    public static Optional<ReportFormat> named(String name) {
        if (name == null || name.length() > 10) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
