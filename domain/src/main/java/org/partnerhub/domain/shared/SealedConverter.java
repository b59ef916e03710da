package org.partnerhub.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Sealed} value as its (already encrypted) text. */
@Converter(autoApply = true)
public class SealedConverter implements AttributeConverter<Sealed, String> {

    @Override
    public String convertToDatabaseColumn(Sealed attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Sealed convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new Sealed(dbData);
    }
}
