package org.partnerhub.domain.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.Money;

/**
 * The score of a need and a supply item (0–100) and its reasons: category fit, region fit, capacity left, funding fit
 * and the partner's track record, each a factor between 0 and 1, weighed by {@link MatchWeights}. Pure: the caller
 * brings the facts (docs/MATCHING.md gives the formula).
 */
public final class MatchScorer {

    /** Capacity left that counts fully: an item with three or more free places gets the whole capacity factor. */
    static final int CAPACITY_SATURATION = 3;

    /** Best first; among equals, the closer region, then the newer counterpart (higher id). */
    public static final Comparator<Ranked> RANKING = Comparator.comparingInt((Ranked r) -> -r.score().score())
            .thenComparing(r -> r.score().region())
            .thenComparing(r -> -r.counterpartId());

    private final MatchWeights weights;
    private final Map<CategoryCode, CategoryCode> parents;

    /** {@code parents}: each category's parent (top-level categories absent or mapped to null). */
    public MatchScorer(MatchWeights weights, Map<CategoryCode, CategoryCode> parents) {
        this.weights = weights;
        this.parents = Map.copyOf(parents);
    }

    /** A scored counterpart, for ranking. */
    public record Ranked(Long counterpartId, MatchScore score) {}

    /** The top-level category of {@code code} (itself when it has no parent). */
    public CategoryCode root(CategoryCode code) {
        CategoryCode current = code;
        for (int guard = 0; guard < 16; guard++) {
            CategoryCode parent = parents.get(current);
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    public CategoryFit categoryFit(CategoryCode need, CategoryCode item) {
        if (need.equals(item)) {
            return CategoryFit.SAME;
        }
        return root(need).equals(root(item)) ? CategoryFit.RELATED : CategoryFit.NONE;
    }

    /**
     * The pair's score, or nothing when they cannot cooperate: the need closed, fulfilled or in cooperation; the item
     * paused, withdrawn, full or of a partner that is not active.
     */
    public Optional<MatchScore> score(NeedSide need, ItemSide item, TrackRecord record) {
        if (!need.open() || !item.open()) {
            return Optional.empty();
        }
        List<MatchReason> reasons = new ArrayList<>();
        double total = weights.total();

        CategoryFit category = categoryFit(need.category(), item.category());
        double sum = weights.category() * category.factor();
        reasons.add(MatchReason.of(category.reason(), points(weights.category(), category.factor())));

        RegionFit region = RegionFit.of(need.communityPath(), item.servedPaths());
        sum += weights.region() * region.factor();
        reasons.add(MatchReason.of(region.reason(), points(weights.region(), region.factor())));

        double capacity = Math.min(item.left(), CAPACITY_SATURATION) / (double) CAPACITY_SATURATION;
        sum += weights.capacity() * capacity;
        reasons.add(MatchReason.of(ReasonCode.CAPACITY_LEFT, points(weights.capacity(), capacity), item.left(),
                item.capacity()));

        FundingFit funding = FundingFit.of(need.fundingMode(), need.budgetFen(), item.fundingMode());
        sum += weights.funding() * funding.factor();
        reasons.add(MatchReason.of(funding.reason(), points(weights.funding(), funding.factor()), need.fundingMode(),
                item.fundingMode(), Money.yuan(need.budgetFen())));

        TrackRecord.Relevant relevant = record.about(need.category(), need.streetPath());
        double track = relevant.factor();
        sum += weights.trackRecord() * track;
        if (relevant.delivered() == 0) {
            reasons.add(MatchReason.of(ReasonCode.TRACK_NONE, 0));
        } else {
            int trackPoints = points(weights.trackRecord(), track);
            if (relevant.inCategory() > 0) {
                reasons.add(MatchReason.of(ReasonCode.TRACK_CATEGORY, trackPoints, relevant.inCategory()));
                trackPoints = 0;
            }
            if (relevant.inStreet() > 0) {
                reasons.add(MatchReason.of(ReasonCode.TRACK_STREET, trackPoints, relevant.inStreet()));
            }
            reasons.add(MatchReason.of(ReasonCode.TRACK_RATING, 0, oneDecimal(relevant.averageRating())));
        }
        int score = (int) Math.round(100 * sum / total);
        return Optional.of(new MatchScore(Math.max(0, Math.min(100, score)), category, region, reasons));
    }

    /** The most a track record can add to a score (rounding included). */
    public int maxTrackRecordPoints() {
        return (int) Math.ceil(100.0 * weights.trackRecord() / weights.total()) + 1;
    }

    private int points(int weight, double factor) {
        return (int) Math.round(100 * weight * factor / weights.total());
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MatchScorer%s", weights);
    }
}
