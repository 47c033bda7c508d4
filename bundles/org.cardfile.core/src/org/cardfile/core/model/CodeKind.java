package org.cardfile.core.model;

public enum CodeKind {
    PROBLEM, SOLUTION
}
