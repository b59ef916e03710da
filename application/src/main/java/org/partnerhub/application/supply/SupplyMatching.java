package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.supply.internal.ItemCandidates;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.supply.SupplyItem;
import org.partnerhub.domain.supply.SupplyRepository;

/**
 * The supply context's query API for the matching context: the item to match (if the reader may read it) and the
 * candidate items for a need — the supply tables are read here only, by the supply context's own SQL.
 */
@ApplicationScoped
@Transactional
public class SupplyMatching {

    @Inject
    SupplyRepository supplies;

    @Inject
    SupplyAccess access;

    @Inject
    ItemCandidates candidates;

    /** The item if it exists and {@code actor} may read it. */
    public Optional<MatchableItem> readable(Actor actor, Long itemId) {
        return supplies.find(itemId).filter(s -> access.mayRead(actor, s, s.isPartnerListed()))
                .map(s -> matchable(s, access.isOwner(actor, s)));
    }

    /** The item if it exists (whoever asks: for work done on the system's behalf). */
    public Optional<MatchableItem> find(Long itemId) {
        return supplies.find(itemId).map(s -> matchable(s, false));
    }

    /**
     * Open items for a need in {@code communityPath}: per region on its path the newest {@code perRegion} serving it
     * in {@code family} (the categories of the need's domain), and the newest {@code crossRegion} of {@code category}
     * (its own) anywhere; see {@link ItemCandidates}.
     */
    public List<CandidateItem> candidatesFor(String communityPath, Collection<CategoryCode> family,
            CategoryCode category, int perRegion, int crossRegion) {
        return candidates.itemsFor(communityPath, family, category, perRegion, crossRegion);
    }

    private static MatchableItem matchable(SupplyItem item, boolean owns) {
        return new MatchableItem(item.getId(), item.getPartnerId(), item.getStatus(), item.isPartnerListed(),
                item.getCategoryCode(), item.getServiceAreas().stream().map(ServiceArea::getRegionPath).toList(),
                item.getCapacity().total(), item.getCapacity().inUse(), item.getFundingMode(), item.getTitle(), owns);
    }
}
