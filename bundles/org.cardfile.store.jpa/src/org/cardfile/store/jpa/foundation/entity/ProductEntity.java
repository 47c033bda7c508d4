package org.cardfile.store.jpa.foundation.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "PRODUCT")
public class ProductEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    @Version
    public long version;
    @Column(name = "OFFICE_ID")
    public long officeId;
    public String sku;
    @Column(name = "SKU_KEY")
    public String skuKey;
    public String name;
    @Column(name = "NAME_KEY")
    public String nameKey;
    public String description;
    public BigDecimal price;
    @Column(name = "STOCK_ON_HAND")
    public int stockOnHand;
    @Column(name = "REORDER_POINT")
    public int reorderPoint;
    @Column(name = "HAS_IMAGE")
    @Convert(converter = SmallintBoolean.class)
    public boolean hasImage;
    @Column(name = "UPDATED_BY")
    public String updatedBy;
    @Column(name = "UPDATED_AT")
    public Instant updatedAt;
}
