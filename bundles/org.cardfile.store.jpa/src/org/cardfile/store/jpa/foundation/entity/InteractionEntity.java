package org.cardfile.store.jpa.foundation.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "INTERACTION")
public class InteractionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Column(name = "CUSTOMER_ID")
    public long customerId;
    @Column(name = "OFFICE_ID")
    public long officeId;
    public String channel;
    public String direction;
    @Column(name = "OCCURRED_AT")
    public Instant occurredAt;
    @Column(name = "EMPLOYEE_ID")
    public long employeeId;
    @Column(name = "EMPLOYEE_NAME")
    public String employeeName;
    @Column(name = "PROBLEM_CODE")
    public String problemCode;
    @Column(name = "SOLUTION_CODE")
    public String solutionCode;
    public String notes;
}
