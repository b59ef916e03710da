package org.partnerhub.domain.matching;

import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;

/**
 * How much each factor of a match counts. The score is {@code 100 × Σ weight × factor / Σ weight}, each factor between 0
 * and 1, so only the proportions matter; the defaults add up to 100 so that each weight reads as "points out of 100".
 */
public record MatchWeights(int category, int region, int capacity, int funding, int trackRecord) {

    public static final MatchWeights DEFAULT = new MatchWeights(30, 30, 10, 15, 15);

    public MatchWeights {
        if (category < 0 || region < 0 || capacity < 0 || funding < 0 || trackRecord < 0
                || category + region + capacity + funding + trackRecord == 0) {
            throw new InvalidValueException(Message.of("matching.weights.invalid"));
        }
    }

    public int total() {
        return category + region + capacity + funding + trackRecord;
    }
}
