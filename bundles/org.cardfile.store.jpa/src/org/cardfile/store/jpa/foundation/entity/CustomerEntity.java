package org.cardfile.store.jpa.foundation.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer row; the *_KEY columns are upper-cased copies that indexed prefix searches compare with. */
@Entity
@Table(name = "CUSTOMER")
public class CustomerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Version
    public long version;
    @Column(name = "OFFICE_ID")
    public long officeId;
    @Column(name = "CUSTOMER_NUMBER")
    public String customerNumber = "";
    @Column(name = "CUSTOMER_NUMBER_KEY")
    public String customerNumberKey = "";
    @Column(name = "FIRST_NAME")
    public String firstName = "";
    @Column(name = "LAST_NAME")
    public String lastName = "";
    public String company = "";
    @Column(name = "FIRST_NAME_KEY")
    public String firstNameKey = "";
    @Column(name = "LAST_NAME_KEY")
    public String lastNameKey = "";
    @Column(name = "COMPANY_KEY")
    public String companyKey = "";
    public String street = "";
    public String city = "";
    public String region = "";
    @Column(name = "POSTAL_CODE")
    public String postalCode = "";
    public String country = "";
    public String notes = "";
    @Column(name = "UPDATED_BY")
    public String updatedBy = "";
    @Column(name = "UPDATED_AT")
    public Instant updatedAt;
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CustomerPhoneEntity> phones = new ArrayList<>();
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CustomerEmailEntity> emails = new ArrayList<>();
}
