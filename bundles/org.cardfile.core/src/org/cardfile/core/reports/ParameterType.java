package org.cardfile.core.reports;

/** The kinds of value a report parameter takes; the parameter form picks its widget by this. */
public enum ParameterType {
    TEXT, INTEGER, DECIMAL, DATE, DATE_TIME, BOOLEAN
}
