package org.partnerhub.domain.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    ALL_RESIDENTS;

    /** The groups as one column holds them: names in declaration order, comma-separated ("" for none). */
    public static String toColumn(Set<TargetGroup> groups) {
        return sorted(groups).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The groups of a column written by {@link #toColumn}. */
    public static Set<TargetGroup> fromColumn(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        EnumSet<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        Arrays.stream(column.split(",")).map(TargetGroup::valueOf).forEach(groups::add);
        return Collections.unmodifiableSet(groups);
    }

    /** The groups in declaration order, as a history entry compares them. */
    public static List<TargetGroup> sorted(Set<TargetGroup> groups) {
        return groups.stream().sorted().toList();
    }
}
