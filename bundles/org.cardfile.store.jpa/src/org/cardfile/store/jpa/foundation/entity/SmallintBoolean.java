package org.cardfile.store.jpa.foundation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Flags are SMALLINT 0/1 columns (Derby had no BOOLEAN when the schema was made) and are bound as
 * numbers: PostgreSQL does not assign a boolean parameter to a smallint column.
 */
@Converter
public class SmallintBoolean implements AttributeConverter<Boolean, Short> {
    @Override
    public Short convertToDatabaseColumn(Boolean value) {
        return value == null ? null : (short) (value ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Short value) {
        return value == null ? null : value != 0;
    }
}
