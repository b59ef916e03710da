package org.partnerhub.domain.matching;

/** How the item's category fits the need's: the same, of the same top-level domain (same parent), or unrelated. */
public enum CategoryFit {
    SAME(1.0, ReasonCode.CATEGORY_SAME),
    RELATED(0.5, ReasonCode.CATEGORY_RELATED),
    NONE(0.0, ReasonCode.CATEGORY_OTHER);

    private final double factor;
    private final ReasonCode reason;

    CategoryFit(double factor, ReasonCode reason) {
        this.factor = factor;
        this.reason = reason;
    }

    public double factor() {
        return factor;
    }

    public ReasonCode reason() {
        return reason;
    }
}
