package org.cardfile.store.jpa.foundation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "CUSTOMER_EMAIL")
public class CustomerEmailEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @ManyToOne
    @JoinColumn(name = "CUSTOMER_ID")
    public CustomerEntity customer;
    @Column(name = "OFFICE_ID")
    public long officeId;
    public int position;
    public String label;
    public String address;
    @Column(name = "ADDRESS_KEY")
    public String addressKey;
}
