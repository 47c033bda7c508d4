package org.cardfile.store.jpa.foundation.entity;

import java.io.Serializable;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "CATALOGUE_CODE")
@IdClass(CodeEntity.Key.class)
public class CodeEntity {
    @Id
    public String kind;
    @Id
    public String code;
    public String description;
    @Convert(converter = SmallintBoolean.class)
    public boolean active;

    public record Key(String kind, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
