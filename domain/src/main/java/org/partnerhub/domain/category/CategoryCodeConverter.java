package org.partnerhub.domain.category;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CategoryCode} as its plain text. */
@Converter(autoApply = true)
public class CategoryCodeConverter implements AttributeConverter<CategoryCode, String> {

    @Override
    public String convertToDatabaseColumn(CategoryCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public CategoryCode convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new CategoryCode(dbData);
    }
}
