package org.partnerhub.domain.region;

/** The four levels of the administrative tree, from the top. */
public enum RegionLevel {
    CITY,
    DISTRICT,
    STREET,
    COMMUNITY;

    /** The level a region's parent must have, or {@code null} for the top level. */
    public RegionLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    public boolean isTop() {
        return parentLevel() == null;
    }
}
