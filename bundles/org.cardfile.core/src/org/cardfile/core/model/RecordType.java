package org.cardfile.core.model;

public enum RecordType {
    CUSTOMER, PRODUCT, EMPLOYEE, CARD
}
