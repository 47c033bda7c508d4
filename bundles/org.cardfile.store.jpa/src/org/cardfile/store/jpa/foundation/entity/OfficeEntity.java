package org.cardfile.store.jpa.foundation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

@Entity
@Table(name = "OFFICE")
@TableGenerator(name = Ids.GENERATOR, table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
        pkColumnValue = "ID", allocationSize = 100)
public class OfficeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    public long id;
    public String code;
    public String name;
    @Column(name = "DEFAULT_REGION")
    public String defaultRegion;
    @Column(name = "NEXT_CUSTOMER_NUMBER")
    public long nextCustomerNumber = 1;
}
