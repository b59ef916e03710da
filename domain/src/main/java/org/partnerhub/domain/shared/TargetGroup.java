package org.partnerhub.domain.shared;

/** The groups of residents a need concerns or a supply item serves. */
public enum TargetGroup {
    ELDERLY,
    CHILDREN,
    YOUTH,
    FAMILIES,
    WOMEN,
    PEOPLE_WITH_DISABILITIES,
    NEW_EMPLOYMENT_WORKERS,
    LOW_INCOME,
    VETERANS,
    MIGRANTS,
    ALL_RESIDENTS
}
