package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.need.internal.NeedCandidates;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedRepository;

/**
 * The need context's query API for the matching context: the need to match (if the reader may read it) and the
 * candidate needs for a supply item — the need table is read here only, by the need context's own SQL.
 */
@ApplicationScoped
@Transactional
public class NeedMatching {

    @Inject
    NeedRepository needs;

    @Inject
    NeedAccess access;

    @Inject
    NeedCandidates candidates;

    /** The need if it exists and {@code actor} may read it. */
    public Optional<MatchableNeed> readable(Actor actor, Long needId) {
        return needs.find(needId).filter(n -> access.mayRead(actor, n))
                .map(n -> matchable(n, access.owns(actor, n.getRegionPath())));
    }

    /** The need if it exists (whoever asks: for work done on the system's behalf). */
    public Optional<MatchableNeed> find(Long needId) {
        return needs.find(needId).map(n -> matchable(n, false));
    }

    /**
     * Published needs for an item serving {@code servedPaths}: per served region and category of {@code family} (the
     * item's domain) the newest {@code perRegion}, and the newest {@code crossRegion} of {@code category} (its own)
     * anywhere; see {@link NeedCandidates}.
     */
    public List<CandidateNeed> candidatesFor(Collection<String> servedPaths, Collection<CategoryCode> family,
            CategoryCode category, int perRegion, int crossRegion) {
        return candidates.needsFor(servedPaths, family, category, perRegion, crossRegion);
    }

    private static MatchableNeed matchable(Need need, boolean owns) {
        return new MatchableNeed(need.getId(), need.getStatus(), need.getCategoryCode(), need.getRegionPath(),
                need.getFundingMode(), need.getBudgetFen(), need.getTitle(), need.getCommunityCode(), owns);
    }
}
