package org.cardfile.core.reports;

/** One value a list parameter offers: what is passed to the report, and what the user reads. */
public record ParameterChoice(String value, String label) {
}
