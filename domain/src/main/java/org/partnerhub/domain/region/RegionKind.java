package org.partnerhub.domain.region;

import java.util.Locale;
import java.util.Optional;

/**
 * What a region is called in its own administration: a district or a county sit on the same level of the tree, as do
 * a street and a town, or a community and a village. The kind keeps that distinction; the level drives the rules.
 */
public enum RegionKind {
    CITY(RegionLevel.CITY),
    DISTRICT(RegionLevel.DISTRICT),
    COUNTY(RegionLevel.DISTRICT),
    STREET(RegionLevel.STREET),
    TOWN(RegionLevel.STREET),
    COMMUNITY(RegionLevel.COMMUNITY),
    VILLAGE(RegionLevel.COMMUNITY);

    private final RegionLevel level;

    RegionKind(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    /** The word used in the {@code level} column of a region CSV file: {@code city}, {@code town}, … */
    public String csvWord() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RegionKind> fromCsvWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String normalized = word.strip().toUpperCase(Locale.ROOT);
        for (RegionKind kind : values()) {
            if (kind.name().equals(normalized)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
