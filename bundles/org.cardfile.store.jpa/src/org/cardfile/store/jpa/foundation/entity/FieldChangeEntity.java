package org.cardfile.store.jpa.foundation.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "FIELD_CHANGE")
public class FieldChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Column(name = "OFFICE_ID")
    public long officeId;
    @Column(name = "RECORD_TYPE")
    public String recordType;
    @Column(name = "RECORD_ID")
    public long recordId;
    @Column(name = "CHANGED_AT")
    public Instant changedAt;
    @Column(name = "EMPLOYEE_ID")
    public long employeeId;
    @Column(name = "EMPLOYEE_NAME")
    public String employeeName;
    public String field;
    @Column(name = "OLD_VALUE")
    public String oldValue;
    @Column(name = "NEW_VALUE")
    public String newValue;
}
