package org.cardfile.core.model;

public enum Direction {
    INBOUND, OUTBOUND
}
