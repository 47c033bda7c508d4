package org.cardfile.store.jpa.foundation.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "PURCHASE")
public class PurchaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Column(name = "CUSTOMER_ID")
    public long customerId;
    @Column(name = "OFFICE_ID")
    public long officeId;
    @Column(name = "PRODUCT_ID")
    public long productId;
    public String sku;
    @Column(name = "PRODUCT_NAME")
    public String productName;
    public int quantity;
    @Column(name = "UNIT_PRICE")
    public BigDecimal unitPrice;
    @Column(name = "PURCHASED_ON")
    public LocalDate purchasedOn;
    @Column(name = "SERIAL_NUMBER")
    public String serialNumber;
}
