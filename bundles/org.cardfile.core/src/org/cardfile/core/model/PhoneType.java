package org.cardfile.core.model;

public enum PhoneType {
    MOBILE, HOME, WORK, FAX, OTHER
}
