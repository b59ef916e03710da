package org.partnerhub.domain.region;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link RegionCode} as its plain text. */
@Converter(autoApply = true)
public class RegionCodeConverter implements AttributeConverter<RegionCode, String> {

    @Override
    public String convertToDatabaseColumn(RegionCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public RegionCode convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new RegionCode(dbData);
    }
}
