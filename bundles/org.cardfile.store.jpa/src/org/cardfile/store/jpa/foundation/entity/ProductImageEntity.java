package org.cardfile.store.jpa.foundation.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "PRODUCT_IMAGE")
public class ProductImageEntity {
    @Id
    @Column(name = "PRODUCT_ID")
    public long productId;
    @Column(name = "MEDIA_TYPE")
    public String mediaType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    public byte[] data;
}
