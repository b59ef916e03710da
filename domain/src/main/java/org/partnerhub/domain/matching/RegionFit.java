package org.partnerhub.domain.matching;

import java.util.Collection;

/**
 * Where the item serves, seen from the need's community: the community itself, its street, its district (or anything
 * above that holds the district), or only elsewhere (cross-region supply, e.g. a partner of a neighbouring city).
 */
public enum RegionFit {
    COMMUNITY(1.0, ReasonCode.REGION_COMMUNITY),
    STREET(0.8, ReasonCode.REGION_STREET),
    DISTRICT(0.6, ReasonCode.REGION_DISTRICT),
    CROSS_REGION(0.2, ReasonCode.REGION_CROSS);

    private final double factor;
    private final ReasonCode reason;

    RegionFit(double factor, ReasonCode reason) {
        this.factor = factor;
        this.reason = reason;
    }

    public double factor() {
        return factor;
    }

    public ReasonCode reason() {
        return reason;
    }

    /**
     * The best fit of an item serving {@code servedPaths} for a need in the community at {@code communityPath}
     * ({@code /city/district/street/community/}): a served region covers the community when its path is a prefix.
     */
    public static RegionFit of(String communityPath, Collection<String> servedPaths) {
        RegionFit best = CROSS_REGION;
        int depth = depth(communityPath);
        for (String served : servedPaths) {
            if (served == null || !communityPath.startsWith(served)) {
                continue;
            }
            int above = depth - depth(served);
            RegionFit fit = above <= 0 ? COMMUNITY : above == 1 ? STREET : DISTRICT;
            if (fit.ordinal() < best.ordinal()) {
                best = fit;
            }
        }
        return best;
    }

    /** The number of steps in a path {@code /a/b/c/} (3). */
    static int depth(String path) {
        int steps = 0;
        for (int i = 1; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                steps++;
            }
        }
        return steps;
    }
}
