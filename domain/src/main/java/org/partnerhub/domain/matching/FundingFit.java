package org.partnerhub.domain.matching;

import org.partnerhub.domain.shared.FundingMode;

/**
 * How the item's terms fit the need's money: free supply always fits; a fee the need's funding mode allows fits when
 * the need has a budget and half-fits without one; a fee above what the need planned fits a little when there is a
 * budget to talk about and not at all without.
 */
public enum FundingFit {
    FREE(1.0, ReasonCode.FUNDING_FREE),
    WITHIN_BUDGET(1.0, ReasonCode.FUNDING_WITHIN_BUDGET),
    NO_BUDGET(0.6, ReasonCode.FUNDING_NO_BUDGET),
    ABOVE_MODE(0.4, ReasonCode.FUNDING_ABOVE_MODE),
    MISMATCH(0.0, ReasonCode.FUNDING_MISMATCH);

    private final double factor;
    private final ReasonCode reason;

    FundingFit(double factor, ReasonCode reason) {
        this.factor = factor;
        this.reason = reason;
    }

    public double factor() {
        return factor;
    }

    public ReasonCode reason() {
        return reason;
    }

    /** Modes are ordered by cost: 公益 (free) < 低偿 (low fee) < 有偿 (paid). */
    public static FundingFit of(FundingMode needMode, long needBudgetFen, FundingMode itemMode) {
        if (itemMode == FundingMode.PUBLIC_BENEFIT) {
            return FREE;
        }
        boolean budget = needBudgetFen > 0;
        if (itemMode.ordinal() <= needMode.ordinal()) {
            return budget ? WITHIN_BUDGET : NO_BUDGET;
        }
        return budget ? ABOVE_MODE : MISMATCH;
    }
}
